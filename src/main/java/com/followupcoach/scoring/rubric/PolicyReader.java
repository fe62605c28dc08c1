package com.followupcoach.scoring.rubric;

import com.followupcoach.files.yaml.Fields;
import com.followupcoach.files.yaml.FileProblems;
import com.followupcoach.files.yaml.YamlNode;
import com.followupcoach.scoring.signal.SignalKind;
import com.followupcoach.vocabulary.Criterion;
import com.followupcoach.vocabulary.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a criterion's {@code policy} (clauses over signals, plus optional {@code notes}) or
 * its {@code measure}. Every signal, status and message key is checked, and the last clause
 * must hold unconditionally, so that no letter is left without a status.
 */
final class PolicyReader {

    private static final Set<String> CLAUSE = Set.of("when", "unless", "then", "message");
    private static final Set<String> NOTE = Set.of("when", "unless", "message");

    private final String source;
    private final FileProblems problems;

    PolicyReader(FileProblems problems) {
        this.source = problems.file();
        this.problems = problems;
    }

    CriterionPolicy read(Fields criterion, String id, Map<String, String> messages) throws RubricException {
        boolean policy = criterion.has("policy");
        if (policy == criterion.has("measure")) {
            throw new RubricException(source, criterion.line(), "criterion '" + id + "' needs either a 'policy' "
                    + "(which signals make it met, partial or missing) or a 'measure' ("
                    + Arrays.stream(CriterionPolicy.Measure.values()).map(CriterionPolicy.Measure::id).toList() + ")");
        }
        if (!policy) {
            if (criterion.has("notes")) {
                throw new RubricException(source, criterion.line("notes"), "'notes' of '" + id
                        + "' need a 'policy'");
            }
            String name = RubricParser.need(criterion.text("measure"));
            int line = criterion.line("measure");
            return new CriterionPolicy.Measured(CriterionPolicy.Measure.byId(name).orElseThrow(() ->
                    new RubricException(source, line, "unknown measure '" + name + "' of '"
                            + id + "'; expected one of " + Arrays.stream(CriterionPolicy.Measure.values())
                            .map(CriterionPolicy.Measure::id).toList())));
        }
        YamlNode node = criterion.node("policy").orElseThrow();
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            throw new RubricException(source, criterion.line("policy"), "'policy' of '" + id + "' must be a list of "
                    + "clauses (when, unless, then, message)");
        }
        List<CriterionPolicy.Clause> clauses = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            clauses.add(clause(item, id, messages));
        }
        CriterionPolicy.Clause last = clauses.get(clauses.size() - 1);
        if (!last.when().isEmpty() || !last.unless().isEmpty()) {
            throw new RubricException(source, seq.items().get(seq.items().size() - 1).line(), "the last clause of the "
                    + "policy of '" + id + "' must have no 'when' or 'unless', so every letter gets a status");
        }
        List<CriterionPolicy.Note> notes = new ArrayList<>();
        for (YamlNode item : criterion.has("notes") ? items(criterion, id) : List.<YamlNode>of()) {
            Fields f = fields(item, "a note of '" + id + "'", NOTE);
            notes.add(new CriterionPolicy.Note(kinds(f, "when"), kinds(f, "unless"), key(f, id, messages, null)));
        }
        return new CriterionPolicy.Clauses(clauses, notes);
    }

    private CriterionPolicy.Clause clause(YamlNode item, String id, Map<String, String> messages)
            throws RubricException {
        Fields f = fields(item, "a clause of the policy of '" + id + "'", CLAUSE);
        String then = RubricParser.need(f.requiredText("then"));
        int line = f.line("then");
        Status status = Arrays.stream(Status.values()).filter(s -> s != Status.NOT_ASSESSED && s.id().equals(then))
                .findFirst().orElseThrow(() -> new RubricException(source, line, "'then' of a clause "
                        + "of '" + id + "' must be met, partial or missing, not '" + then + "'"));
        return new CriterionPolicy.Clause(kinds(f, "when"), kinds(f, "unless"), status,
                key(f, id, messages, status.id()));
    }

    private String key(Fields f, String id, Map<String, String> messages, String otherwise) throws RubricException {
        String key = otherwise == null ? RubricParser.need(f.requiredText("message")) : f.text("message").orElse(otherwise);
        if (!messages.containsKey(key)) {
            throw new RubricException(source, f.line("message"), "message '" + key
                    + "' is not one of the messages of '" + id + "'");
        }
        return key;
    }

    private List<SignalRef> kinds(Fields f, String key) throws RubricException {
        List<SignalRef> out = new ArrayList<>();
        for (YamlNode.Scalar s : f.texts(key, true).orElse(List.of())) {
            out.add(ref(s.value().trim(), s.line()));
        }
        return out;
    }

    /** "error" (the judged criterion's own) or "realistic_expectations.error" (another's). */
    private SignalRef ref(String text, int line) throws RubricException {
        int dot = text.indexOf('.');
        String kindId = text.substring(dot + 1);
        SignalKind kind = SignalKind.byId(kindId).orElseThrow(() -> new RubricException(source, line,
                "unknown signal '" + kindId + "'; expected one of "
                        + Arrays.stream(SignalKind.values()).map(SignalKind::id).toList()));
        if (dot < 0) {
            return SignalRef.own(kind);
        }
        String criterionId = text.substring(0, dot);
        Criterion of = Criterion.byId(criterionId).orElseThrow(() -> new RubricException(source, line,
                "unknown criterion '" + criterionId + "' in signal '" + text + "'; expected one of "
                        + Arrays.stream(Criterion.values()).map(Criterion::id).toList()));
        if (kind.letterWide()) {
            throw new RubricException(source, line, "signal '" + kindId + "' is about the whole letter; write it "
                    + "without a criterion, not '" + text + "'");
        }
        return new SignalRef(kind, Optional.of(of));
    }

    private List<YamlNode> items(Fields criterion, String id) throws RubricException {
        if (!(criterion.node("notes").orElseThrow() instanceof YamlNode.Sequence seq)) {
            throw new RubricException(source, criterion.line("notes"), "'notes' of '" + id + "' must be a list");
        }
        return seq.items();
    }

    /** A clause or note; one that is not a set of fields has been reported, and the policy is dropped. */
    private Fields fields(YamlNode item, String what, Set<String> allowed) {
        return RubricParser.need(Fields.of(item, what, allowed, problems));
    }
}
