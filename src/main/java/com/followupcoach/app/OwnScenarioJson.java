package com.followupcoach.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.followupcoach.ui.practice.OwnScenario;
import com.followupcoach.vocabulary.Medium;
import java.util.Locale;
import java.util.Optional;

/**
 * The learner's own scenario as the JSON kept beside the draft. Built by hand on Jackson's
 * tree, so the UI record needs no reflection access; a damaged value reads as no scenario.
 */
final class OwnScenarioJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OwnScenarioJson() {
    }

    static String write(OwnScenario scenario) {
        ObjectNode node = JSON.createObjectNode();
        node.put("company", scenario.company());
        node.put("role", scenario.role());
        node.put("interviewer", scenario.interviewer());
        scenario.daysSinceRejection().ifPresent(days -> node.put("daysSinceRejection", days));
        node.put("medium", scenario.medium().name().toLowerCase(Locale.ROOT));
        return node.toString();
    }

    static Optional<OwnScenario> read(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            if (node == null || !node.isObject()) {
                return Optional.empty();
            }
            JsonNode days = node.path("daysSinceRejection");
            Medium medium = "paper".equals(node.path("medium").asText()) ? Medium.PAPER : Medium.EMAIL;
            return Optional.of(new OwnScenario(node.path("company").asText(""), node.path("role").asText(""),
                    node.path("interviewer").asText(""),
                    days.canConvertToInt() ? Optional.of(days.asInt()) : Optional.empty(), medium));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }
}
