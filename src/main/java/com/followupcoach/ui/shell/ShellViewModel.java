package com.followupcoach.ui.shell;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/** Which page is shown, and any warning the whole window must show (e.g. storage). */
public final class ShellViewModel {

    private final ObjectProperty<Page> page = new SimpleObjectProperty<>(Page.LESSONS);
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper("");

    public ObjectProperty<Page> pageProperty() {
        return page;
    }

    public void show(Page target) {
        page.set(target);
    }

    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    public void warn(String message) {
        warning.set(message == null ? "" : message);
    }
}
