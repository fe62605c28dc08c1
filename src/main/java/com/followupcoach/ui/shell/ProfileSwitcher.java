package com.followupcoach.ui.shell;

import com.followupcoach.ui.common.AppIcon;
import com.followupcoach.ui.common.Messages;
import java.util.concurrent.CompletionException;
import javafx.collections.ListChangeListener;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The app bar's profile menu: the active learner's name; each profile to switch to; and
 * new, rename, delete, export and import. Dialogs and files are {@link ProfileActions}'.
 */
final class ProfileSwitcher extends MenuButton {

    private final ProfilesViewModel model;
    private final ProfileActions actions;

    ProfileSwitcher(ProfilesViewModel model) {
        this.model = model;
        this.actions = new ProfileActions(model, this);
        setId("profile-switcher");
        setGraphic(FontIcon.of(AppIcon.ACCOUNT_CIRCLE_OUTLINE));
        setTooltip(new Tooltip(Messages.get("profiles.tooltip")));
        textProperty().bind(model.active().activeProperty().map(LearnerProfile::name));
        accessibleTextProperty().bind(model.active().activeProperty()
                .map(p -> Messages.format("profiles.accessible", p.name())));
        model.profiles().addListener((ListChangeListener<LearnerProfile>) change -> rebuild());
        model.active().activeProperty().addListener((obs, old, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getItems().clear();
        ToggleGroup group = new ToggleGroup();
        for (LearnerProfile profile : model.profiles()) {
            RadioMenuItem item = new RadioMenuItem(profile.name());
            item.setId("profile-item-" + profile.id());
            item.setToggleGroup(group);
            item.setSelected(profile.id() == model.active().id());
            // Mnemonic parsing would eat an underscore in a learner's name.
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.switchTo(profile.id()));
            getItems().add(item);
        }
        getItems().addAll(new SeparatorMenuItem(),
                item("profile-new", "profiles.new", FontIcon.of(AppIcon.ACCOUNT_PLUS_OUTLINE), actions::create),
                item("profile-rename", "profiles.rename", FontIcon.of(AppIcon.PENCIL_OUTLINE), actions::rename),
                item("profile-delete", "profiles.delete", FontIcon.of(AppIcon.DELETE_OUTLINE), actions::delete),
                new SeparatorMenuItem(),
                item("profile-export", "profiles.export", FontIcon.of(AppIcon.EXPORT), actions::export),
                item("profile-import", "profiles.import", FontIcon.of(AppIcon.IMPORT), actions::importFile));
    }

    private static MenuItem item(String id, String key, FontIcon icon, Runnable action) {
        MenuItem item = new MenuItem(Messages.get(key), icon);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }
}
