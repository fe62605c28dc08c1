package com.followupcoach.scoring.behaviour;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Who writes, to whom, for which job: everything a letter names, so a case can swap it. */
record Persona(String first, String last, String ivTitle, String ivFirst, String ivLast, String company,
               String role, LocalDate date, DateStyle dateStyle, String street, String town, String coStreet,
               String coTown, String phone) {

    static final Set<String> SLOTS = Set.of("me", "me_full", "iv_first", "iv_full", "iv_formal", "company", "role",
            "email", "phone", "date", "my_street", "my_town", "co_street", "co_town");

    private static final List<String> PHONES = List.of("07700 900123", "+44 7700 900456", "(555) 013-2299",
            "+91 98765 43210", "0412 345 678", "+61 412 345 678", "555-0148", "020 7946 0321");

    /** The ways people date a letter: British, American, ISO, spelled out. */
    enum DateStyle {
        BRITISH("d MMMM yyyy"),
        AMERICAN("MMMM d, yyyy"),
        NUMERIC_UK("dd/MM/yyyy"),
        NUMERIC_US("MM/dd/yyyy"),
        ISO("yyyy-MM-dd"),
        SHORT("d MMM yyyy"),
        WITH_DAY("EEEE, d MMMM yyyy");

        private final DateTimeFormatter format;

        DateStyle(String pattern) {
            this.format = DateTimeFormatter.ofPattern(pattern, Locale.UK);
        }

        String format(LocalDate date) {
            return date.format(format);
        }
    }

    static Persona random(Random r, Lexicon lx) {
        return new Persona(any(r, lx, "first_name"), any(r, lx, "last_name"), any(r, lx, "title"),
                any(r, lx, "first_name"), any(r, lx, "last_name"), any(r, lx, "company"), any(r, lx, "role"),
                LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28)),
                DateStyle.values()[r.nextInt(DateStyle.values().length)], any(r, lx, "street"), any(r, lx, "town"),
                any(r, lx, "street"), any(r, lx, "town"), PHONES.get(r.nextInt(PHONES.size())));
    }

    private static String any(Random r, Lexicon lx, String section) {
        List<String> entries = lx.get(section);
        return entries.get(r.nextInt(entries.size()));
    }

    String interviewerFull() {
        return ivFirst + " " + ivLast;
    }

    String email() {
        return (first + "." + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "") + "@example.com";
    }

    Map<String, String> slots() {
        return Map.ofEntries(Map.entry("me", first), Map.entry("me_full", first + " " + last),
                Map.entry("iv_first", ivFirst), Map.entry("iv_full", interviewerFull()),
                Map.entry("iv_formal", ivTitle + " " + ivLast), Map.entry("company", company),
                Map.entry("role", role), Map.entry("email", email()), Map.entry("phone", phone),
                Map.entry("date", dateStyle.format(date)), Map.entry("my_street", street),
                Map.entry("my_town", town), Map.entry("co_street", coStreet), Map.entry("co_town", coTown));
    }

    /** The same letter by and to other people: applicant and interviewer renamed. */
    Persona withPeople(Persona other) {
        return new Persona(other.first, other.last, other.ivTitle, other.ivFirst, other.ivLast, company, role, date,
                dateStyle, street, town, coStreet, coTown, phone);
    }

    Persona withCompany(String otherCompany) {
        return new Persona(first, last, ivTitle, ivFirst, ivLast, otherCompany, role, date, dateStyle, street, town,
                coStreet, coTown, phone);
    }

    Persona withRole(String otherRole) {
        return new Persona(first, last, ivTitle, ivFirst, ivLast, company, otherRole, date, dateStyle, street, town,
                coStreet, coTown, phone);
    }

    Persona withDateStyle(DateStyle style) {
        return new Persona(first, last, ivTitle, ivFirst, ivLast, company, role, date, style, street, town, coStreet,
                coTown, phone);
    }
}
