package com.followupcoach.scoring.detect;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Compares organisation names loosely: "Dunmore", "Dunmore Logistics" and "the team at
 * Dunmore Logistics Ltd" are one organisation; "Harlow Freight Ltd" is another. Legal
 * suffixes and filler words are ignored; two names are the same organisation when they
 * share a distinctive word.
 */
final class OrganisationNames {

    // Legal forms and the generic words many organisations end with: two names that share only
    // "LLP" or "Solutions" ("Dunmore Legal LLP", "Barrow & Finch LLP") are two organisations.
    private static final Set<String> FILLER = Set.of("the", "ltd", "limited", "inc", "llc", "plc", "group", "co",
            "company", "corporation", "corp", "uk", "us", "of", "and", "&", "team", "st", "saint", "llp", "lp",
            "gmbh", "ag", "sa", "bv", "nv", "pty", "pvt", "pte", "srl", "sarl", "partners", "associates", "holdings",
            "solutions", "services", "systems", "international", "global", "consulting", "communications", "media",
            "legal", "law", "solicitors",
            // the kinds of organisation a name ends with (as in lessons/lexicons/org-form.txt): two banks or
            // two hospitals are not one organisation for sharing the word
            "bank", "trust", "hospital", "hospice", "clinic", "university", "college", "academy", "school", "council",
            "foundation", "agency", "hotel", "hotels", "pharmacy", "bakery", "brewery", "insurance", "capital",
            "logistics", "construction", "builders", "motors", "foods", "industries", "enterprises", "ventures",
            "technologies", "lab", "labs", "analytics", "studios", "energy", "recruitment", "publishing", "supply",
            "supplies", "pharmaceuticals", "dynamics", "architects", "commercial", "cooperative", "co-operative");

    private OrganisationNames() {
    }

    static Set<String> keyWords(String name) {
        Set<String> out = new HashSet<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'&]{1,10}")) {
            String word = w.endsWith("'s") ? w.substring(0, w.length() - 2) : w;
            if (!word.isBlank() && !FILLER.contains(word)) {
                out.add(word);
            }
        }
        return out;
    }

    static boolean same(String a, String b) {
        Set<String> ka = keyWords(a);
        Set<String> kb = keyWords(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return true; // nothing distinctive to compare: do not claim a mismatch
        }
        for (String w : ka) {
            if (kb.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Groups names that are the same organisation, in order of first mention. */
    static List<List<Integer>> group(List<String> names) {
        List<List<Integer>> groups = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            List<Integer> home = null;
            for (List<Integer> g : groups) {
                if (same(names.get(g.get(0)), names.get(i))) {
                    home = g;
                    break;
                }
            }
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(i);
        }
        return groups;
    }
}
