/**
 * Follow-Up Coach. The core packages (lessons, scoring, progress) never touch JavaFX;
 * an architecture test keeps it so. The UI depends on the core; the app wires both.
 */
module com.followupcoach {
    requires java.sql;
    requires javafx.controls;
    requires org.kordamp.ikonli.core;
    requires org.kordamp.ikonli.javafx;
    requires org.kordamp.ikonli.materialdesign2;
    requires org.xerial.sqlitejdbc;
    requires org.fxmisc.richtext;
    requires org.fxmisc.flowless;
    requires org.fxmisc.undo;
    requires reactfx;
    requires atlantafx.base;
    requires org.commonmark;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.yaml.snakeyaml; // the line of a YAML syntax error (MarkedYAMLException)
    requires info.picocli;
    requires io.github.javadiffutils;
    requires org.apache.opennlp.tools; // the Snowball stemmer only (scoring.text.Stems)

    exports com.followupcoach.app to javafx.graphics;
    // app.css names a skin of ours (-fx-skin); JavaFX's CSS makes it by reflection
    exports com.followupcoach.ui.common to javafx.controls;
    opens com.followupcoach.cli to info.picocli;
    opens com.followupcoach.scoring to com.fasterxml.jackson.databind;
    opens com.followupcoach.vocabulary to com.fasterxml.jackson.databind;
}
