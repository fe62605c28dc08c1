package com.followupcoach.lessons;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.dataformat.yaml.JacksonYAMLParseException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Says in a trainer's words what a Jackson failure means: "`order` must be a whole number"
 * rather than "Cannot deserialize value of type `java.lang.Integer` from String".
 * Always one line.
 */
final class BindingErrors {

    private BindingErrors() {
    }

    static String describe(JsonProcessingException e) {
        Optional<MarkedYAMLException> syntax = syntaxError(e);
        if (syntax.isPresent()) {
            return "YAML syntax error: " + firstLine(syntax.get().getProblem());
        }
        if (e instanceof JacksonYAMLParseException) {
            return "YAML syntax error: " + firstLine(e.getOriginalMessage());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return where(mismatch.getPath()) + " must be " + expected(mismatch.getTargetType());
        }
        if (e instanceof StreamConstraintsException) {
            return "the YAML is too large or too deeply nested (" + firstLine(e.getOriginalMessage()) + ")";
        }
        String message = firstLine(e.getOriginalMessage());
        if (e instanceof JsonParseException && message.startsWith("Duplicate field '")) {
            return "`" + message.substring("Duplicate field '".length(), message.length() - 1) + "` appears twice";
        }
        return "YAML error: " + message;
    }

    /** The line of a YAML syntax error (1-based), if the failure is one. */
    static Optional<Integer> syntaxErrorLine(JsonProcessingException e) {
        return syntaxError(e).filter(marked -> marked.getProblemMark() != null)
                .map(marked -> marked.getProblemMark().getLine() + 1);
    }

    /** SnakeYAML's own exception, which Jackson may wrap more than once. */
    private static Optional<MarkedYAMLException> syntaxError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof MarkedYAMLException marked && marked.getProblem() != null) {
                return Optional.of(marked);
            }
        }
        return Optional.empty();
    }

    /** "`order`", "item 2 of `takeaways`", or "the file" for the document itself. */
    private static String where(List<Reference> path) {
        if (path.isEmpty()) {
            return "the file";
        }
        Reference last = path.get(path.size() - 1);
        if (last.getFieldName() != null) {
            return "`" + last.getFieldName() + "`";
        }
        String item = "item " + (last.getIndex() + 1);
        return path.size() > 1 ? item + " of " + where(path.subList(0, path.size() - 1)) : item;
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "a different kind of value";
        }
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text, not a list or a set of fields";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "a list (lines starting with `- `)";
        }
        return "a set of `name: value` fields";
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        return message.strip().lines().findFirst().orElse("").strip();
    }
}
