package com.followupcoach.scoring;

import com.followupcoach.scoring.detect.RuleMatch;
import com.followupcoach.scoring.rubric.RuleKind;
import com.followupcoach.scoring.signal.Signal;
import com.followupcoach.scoring.signal.SignalKind;
import com.followupcoach.scoring.signal.Signals;
import com.followupcoach.scoring.text.Span;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Finding;
import com.followupcoach.vocabulary.Medium;
import com.followupcoach.vocabulary.Scenario;
import java.util.List;

/**
 * Gathers what every detector found in one letter as signals, after the findings are final
 * (a dismissed finding is no longer there, so it sends no signal).
 */
final class LetterSignals {

    private static final Span NOWHERE = new Span(0, 0);

    private LetterSignals() {
    }

    static Signals of(LetterFacts facts, List<Finding> findings, List<String> absentNames) {
        Signals signals = new Signals();
        facts.evidence.forEach((criterion, matches) -> {
            for (RuleMatch m : matches) {
                signals.add(Signal.of(criterion, SignalKind.EVIDENCE, m.span(), m.rule().id()));
            }
        });
        for (Finding f : findings) {
            SignalKind kind = switch (f.severity()) {
                case ERROR -> SignalKind.ERROR;
                case WARNING -> SignalKind.WARNING;
                case INFO -> SignalKind.INFO;
            };
            signals.add(Signal.of(f.criterion(), kind, new Span(f.start(), f.end()), "finding"));
        }
        for (String name : absentNames) {
            signals.add(Signal.of(Criterion.PERSONALIZATION, SignalKind.ABSENT_NAME, NOWHERE, "scenario: " + name));
        }
        for (RuleMatch m : facts.matches.get(RuleKind.REJECTION)) {
            signals.add(Signal.letter(SignalKind.REJECTION, m.span(), m.rule().id()));
        }
        for (RuleMatch m : facts.disputing) {
            signals.add(Signal.letter(SignalKind.DISPUTE, m.span(), m.rule().id()));
        }
        facts.genre.firstSign().filter(sign -> facts.genre.preDecisionNote()).ifPresent(sign ->
                signals.add(Signal.letter(SignalKind.PRE_DECISION, sign.span(), "genre")));
        facts.emails.forEach(span -> signals.add(Signal.letter(SignalKind.EMAIL, span, "contact")));
        facts.phones.forEach(span -> signals.add(Signal.letter(SignalKind.PHONE, span, "contact")));
        int envelope = facts.text.lower().indexOf("envelope");
        if (envelope >= 0) {
            signals.add(Signal.letter(SignalKind.ENVELOPE, new Span(envelope, envelope + 8), "contact"));
        }
        scenarioSignals(facts.scenario, signals);
        return signals;
    }

    private static void scenarioSignals(Scenario scenario, Signals signals) {
        if (scenario.medium().filter(m -> m == Medium.PAPER).isPresent()) {
            signals.add(Signal.letter(SignalKind.PAPER, NOWHERE, "scenario"));
        }
        if (!scenario.newDevelopments().isEmpty()) {
            signals.add(Signal.letter(SignalKind.SCENARIO_NEWS, NOWHERE, "scenario"));
        }
        if (scenario.company().isPresent()) {
            signals.add(Signal.letter(SignalKind.SCENARIO_COMPANY, NOWHERE, "scenario"));
        }
    }
}
