package com.followupcoach.scoring.behaviour;

import java.util.List;
import java.util.Random;

/**
 * The layouts letters arrive in: a bare line typed on a phone, a line and a name, an
 * e-mail with or without a subject line, a paper letter with addresses and a date.
 */
enum Frame {
    BARE, SIGNED, EMAIL, EMAIL_WITH_SUBJECT, PAPER;

    private static final List<String> NAME_LINES = List.of("{me}", "{me_full}", "- {me}", "{me}\n{email}");

    /** A skeleton: lexicon slots filled, persona slots left for {@link Filler#render}. */
    String wrap(List<String> paragraphs, Filler filler, Random random) {
        String body = String.join("\n\n", paragraphs);
        return switch (this) {
            case BARE -> body;
            case SIGNED -> body + "\n\n" + NAME_LINES.get(random.nextInt(NAME_LINES.size()));
            case EMAIL -> email(body, filler, random);
            case EMAIL_WITH_SUBJECT -> filler.pick("subject", random) + "\n\n" + email(body, filler, random);
            case PAPER -> "{me_full}\n{my_street}\n{my_town}\n\n{date}\n\n{iv_full}\n{company}\n{co_street}\n{co_town}\n\n"
                    + (random.nextBoolean() ? "Dear {iv_formal}," : "Dear Sir or Madam,") + "\n\n" + body + "\n\n"
                    + (random.nextBoolean() ? "Yours sincerely," : "Yours faithfully,") + "\n\n{me_full}";
        };
    }

    private static String email(String body, Filler filler, Random random) {
        return filler.pick("greeting", random) + "\n\n" + body + "\n\n" + filler.pick("signoff", random) + "\n"
                + (random.nextBoolean() ? "{me_full}" : "{me}");
    }

    static Frame any(Random random) {
        return values()[random.nextInt(values().length)];
    }
}
