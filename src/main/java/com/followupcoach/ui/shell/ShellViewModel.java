package com.followupcoach.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Which page is shown, and the notices the whole window must show (storage fell back to
 * memory, lessons skipped, a draft restored). Every notice stays until the learner closes it.
 */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LESSONS);
    private final ObservableList<String> notices = FXCollections.observableArrayList();
    /*
     * One read-only view, made once and kept: an unmodifiable wrapper listens to the list
     * through a weak listener, so a wrapper made per call is collected with every listener
     * added to it, and the window would stop hearing of notices.
     */
    private final ObservableList<String> readOnlyNotices = FXCollections.unmodifiableObservableList(notices);

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void show(Page target) {
        page.set(target);
    }

    public ObservableList<String> notices() {
        return readOnlyNotices;
    }

    /** Adds a notice; the same one twice (a write failing again) is shown once. */
    public void warn(String message) {
        if (message != null && !message.isBlank() && !notices.contains(message)) {
            notices.add(message);
        }
    }

    public void dismiss(String message) {
        notices.remove(message);
    }
}
