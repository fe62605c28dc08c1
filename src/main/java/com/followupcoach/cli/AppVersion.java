package com.followupcoach.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, written into the build by Maven. */
public final class AppVersion implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"Follow-Up Coach " + number()};
    }

    public static String number() {
        try (InputStream in = AppVersion.class.getResourceAsStream("version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
