package com.followupcoach.app;

import com.followupcoach.cli.DesktopOptions;
import com.followupcoach.cli.FollowUpCoachCommand;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Permission;
import java.util.Optional;

/**
 * Runs the app's main flows under a security manager that fails any network connection
 * (and any host name look-up): start-up (store, lessons, engine), score, export, import.
 * With "window" as its first argument it runs the desktop window instead (headless Monocle):
 * every page, a letter typed and submitted. With "control" it connects on purpose, proving
 * the trap works.
 * Exits 0 when nothing tried to connect, 42 when something did.
 */
public final class NoNetworkChild {

    static final int CONNECTED = 42;

    private NoNetworkChild() {
    }

    @SuppressWarnings("removal")
    public static void main(String[] args) throws Exception {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission perm) {
                // Everything else is allowed: only the network is watched.
            }

            @Override
            public void checkPermission(Permission perm, Object context) {
            }

            @Override
            public void checkConnect(String host, int port) {
                caught(host + ":" + port);
            }

            @Override
            public void checkConnect(String host, int port, Object context) {
                caught(host + ":" + port);
            }
        });
        Path dir = Path.of(args[1]);
        if (args[0].equals("control")) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", Integer.parseInt(args[2])), 2000);
            } catch (java.io.IOException refused) {
                // The trap fires before the connection is even tried.
            }
        }
        Path data = dir.resolve("data");
        if (args[0].equals("window")) {
            NoNetworkWindow.run(data);
            System.exit(0);
        }
        AppServices services = AppServices.load(new DesktopOptions(false, Optional.of(data), Optional.empty()));
        services.store().close();
        Path letter = Files.writeString(dir.resolve("letter.txt"), "Dear Ms Chen,\n\nThank you for the interview.\n\nAna");
        PrintWriter out = new PrintWriter(System.out, true);
        PrintWriter err = new PrintWriter(System.err, true);
        run(out, err, "score", "--json", letter.toString());
        Path export = dir.resolve("me.json");
        run(out, err, "progress", "export", "--data-dir", data.toString(), "--out", export.toString());
        run(out, err, "progress", "import", "--data-dir", data.toString(), export.toString());
        System.exit(0);
    }

    private static void run(PrintWriter out, PrintWriter err, String... args) {
        out.flush();
        int exit = FollowUpCoachCommand.execute(args, options -> { });
        if (exit != 0) {
            err.println("flow failed: " + String.join(" ", args) + " exit " + exit);
            Runtime.getRuntime().halt(1);
        }
    }

    private static void caught(String where) {
        System.err.println("NETWORK: tried to connect to " + where);
        System.err.flush();
        Runtime.getRuntime().halt(CONNECTED);
    }
}
