package com.followupcoach.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a snapshot the build or the app wrote earlier (the rubric's, the built-in lessons'),
 * big-endian as {@link java.io.DataOutputStream} writes. Every count and length is checked
 * against the bytes left, so a damaged snapshot ends in {@link Damaged}, never in a huge
 * allocation; each snapshot's reader adds what its own parts are made of.
 */
public class CheckedBytes {

    /** The snapshot does not hold what it should: it is not used. */
    public static final class Damaged extends Exception {
        private static final long serialVersionUID = 1L;

        public Damaged() {
            super(null, null, false, false);
        }
    }

    private final byte[] data;
    private final int end;
    private int at;

    /** @param end where the reading stops (a closing checksum is not part of what is read) */
    protected CheckedBytes(byte[] data, int end) {
        this.data = data;
        this.end = end;
    }

    /** The int at a place, where the reading has not got to (a closing checksum). */
    public final int intAt(int place) {
        return (data[place] & 0xff) << 24 | (data[place + 1] & 0xff) << 16 | (data[place + 2] & 0xff) << 8
                | data[place + 3] & 0xff;
    }

    public final int remaining() {
        return end - at;
    }

    public final int readInt() throws Damaged {
        if (remaining() < 4) {
            throw new Damaged();
        }
        int value = intAt(at);
        at += 4;
        return value;
    }

    public final long readLong() throws Damaged {
        return (long) readInt() << 32 | readInt() & 0xffffffffL;
    }

    public final byte readByte() throws Damaged {
        if (remaining() < 1) {
            throw new Damaged();
        }
        return data[at++];
    }

    /** A boolean as written: 0 or 1, anything else is damage. */
    public final boolean readBoolean() throws Damaged {
        byte value = readByte();
        if (value != 0 && value != 1) {
            throw new Damaged();
        }
        return value == 1;
    }

    /** A count of items still to come: each takes at least one byte. */
    public final int count() throws Damaged {
        int n = readInt();
        if (n < 0 || n > remaining()) {
            throw new Damaged();
        }
        return n;
    }

    /** A string as its UTF-8 length and bytes. */
    public final String string() throws Damaged {
        int length = count();
        String value = new String(data, at, length, StandardCharsets.UTF_8);
        at += length;
        return value;
    }

    public final List<String> strings() throws Damaged {
        int n = count();
        List<String> values = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            values.add(string());
        }
        return values;
    }
}
