package com.followupcoach.lessons;

import java.nio.file.Path;

/**
 * A folder lessons are loaded from, and so where a module came from: the built-in lessons
 * shipped inside the app, or a trainer's folder.
 *
 * @param folder  the lesson folder (for the built-in lessons possibly inside a jar or the runtime image)
 * @param builtIn whether this is the app's own lesson folder
 */
public record LessonRoot(Path folder, boolean builtIn) {

    public static LessonRoot folder(Path folder) {
        return new LessonRoot(folder, false);
    }

    public static LessonRoot builtIn(Path folder) {
        return new LessonRoot(folder, true);
    }

    @Override
    public String toString() {
        return builtIn ? "built-in lessons" : folder.toString();
    }
}
