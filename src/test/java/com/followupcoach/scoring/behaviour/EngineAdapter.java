package com.followupcoach.scoring.behaviour;

import com.followupcoach.vocabulary.Critique;
import com.followupcoach.vocabulary.CriterionResult;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The only class of the behavioural suite that touches the engine's types. The suite speaks
 * in criterion and status ids (the stable contract of DESIGN.md), so when the engine's
 * vocabulary types move package, only the imports here change.
 */
final class EngineAdapter {

    private static final ScoringEngine ENGINE = new ScoringEngine(Rubric.builtIn());

    private EngineAdapter() {
    }

    static Verdict judge(Letter letter) {
        Critique critique = ENGINE.score(letter.text(), scenarioOf(letter.setting()));
        Map<String, String> statuses = new LinkedHashMap<>();
        for (CriterionResult result : critique.criteria()) {
            statuses.put(result.criterion().id(), result.status().id());
        }
        List<Verdict.Mark> marks = critique.findings().stream().map(EngineAdapter::markOf).toList();
        return new Verdict(critique.score(), statuses, marks);
    }

    private static Verdict.Mark markOf(Finding finding) {
        return new Verdict.Mark(finding.criterion().id(), finding.severity().id(), finding.start(), finding.end());
    }

    private static Scenario scenarioOf(Setting setting) {
        return new Scenario(setting.company(), setting.role(), setting.interviewer(), java.util.Optional.empty(),
                java.util.Optional.empty(), List.of());
    }
}
