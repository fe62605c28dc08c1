package com.followupcoach.app;

import com.followupcoach.progress.ProgressStore;
import com.followupcoach.progress.ProgressStoreOpener;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import com.followupcoach.vocabulary.Scenario;
import com.followupcoach.scoring.ScoringEngine;
import com.followupcoach.scoring.rubric.Rubric;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Not a test: prepares a data folder for the README's screenshots (a draft with findings
 * open in Practice, and the theme). Tagged "tools", so only run when asked:
 *
 * <pre>mvn -o -q -B test -Dgroups=tools -DexcludedGroups= -Dtest=ScreenshotData -Dsurefire.failIfNoSpecifiedTests=false \
 *     -Dscreenshot.dataDir=/tmp/shot-light -Dscreenshot.theme=light [-Dscreenshot.attempts=true]</pre>
 */
@Tag("tools")
class ScreenshotData {

    static final String TASK = "your-own-letter-site-engineer";
    static final String LETTER = """
            Dear Mrs Bright,

            Thank you for letting me know your decision about the Site Engineer role at [Company Name]. \
            I enjoyed meeting you and hearing about the new hospital project, and it strengthened my wish to work \
            with Halden Construction.

            I understand you chose someone with more experience of concrete frames. Honestly, the decision seems \
            unfair, but please keep me in mind for other openings. Since we spoke I have passed the CSCS Gold Card \
            assessment.

            Could you share any feedback on my interview?

            Kind regards,
            Nathan Price
            nathan.price@example.com, 07700 900529""";

    @Test
    void prepare() {
        Path dir = Path.of(System.getProperty("screenshot.dataDir", "target/screenshot-data"));
        try (ProgressStore store = new ProgressStoreOpener(Clock.systemUTC()).openForApp(dir).store()) {
            long me = store.profiles().lastActive().id();
            store.settings().setProfile(me, "practice.last_task", TASK);
            store.drafts().save(me, TASK, LETTER, Optional.empty());
            store.settings().setTheme(System.getProperty("screenshot.theme", "light"));
            if (Boolean.getBoolean("screenshot.attempts")) {
                // Two attempts for the comparison: a first try, then the draft above with its fixes.
                ScoringEngine engine = new ScoringEngine(Rubric.builtIn());
                String first = LETTER.replace("Honestly, the decision seems unfair, but please", "Please")
                        .replace("Could you share any feedback on my interview?\n\n", "");
                String second = LETTER.replace("[Company Name]", "Halden Construction")
                        .replace("Honestly, the decision seems unfair, but please", "Please");
                store.attempts().record(me, TASK, first, engine.score(first, Scenario.NONE));
                store.attempts().record(me, TASK, second, engine.score(second, Scenario.NONE));
            }
        }
    }
}
