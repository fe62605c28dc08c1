package com.followupcoach.cli;

/** Letters several command-line and workshop tests score, written once. */
public final class SampleLetters {

    /** A complete, calm reply to a rejection: thanks, acceptance, interest, a request, contact details. */
    public static final String GOOD = """
            Dear Ms Thornton,

            Thank you for letting me know your decision about the Analyst role. I'm disappointed, but I \
            understand, and the interview strengthened my interest in working for Harmon & Reese.

            Please keep me in mind for future openings. If you are able to share any feedback, I would be \
            grateful. You can reach me at sam@example.com or on 07700 900123.

            Kind regards,
            Sam Lee
            """;

    private SampleLetters() {
    }
}
