package com.followupcoach.scoring.text;

import java.util.Arrays;

/**
 * The distinct token texts of one letter, each with its lower-case form (respelt by the
 * rubric's spelling map, so "organise" and "organize" are one word) and stem, made once
 * however often the token repeats: a letter's words repeat, and a megabyte of "I I I" should
 * cost one lower-casing and one stem, not half a million. Looked up by the token's characters
 * in place (open addressing), so a repeated token allocates nothing.
 */
final class Vocabulary {

    private final String text;
    private final java.util.Map<String, String> spellings;
    private int[] slots = new int[1024]; // entry index + 1, 0 when free
    private int[] hashes = new int[512];
    private String[] keys = new String[512];
    private String[] lower = new String[512];
    private String[] stems = new String[512];
    private int size;

    /** @param spellings a spelling to the form it is read as, applied before stemming */
    Vocabulary(String text, java.util.Map<String, String> spellings) {
        this.text = text;
        this.spellings = spellings;
    }

    /** The entry of the token text {@code [start, end)}, made on first sight. */
    int entry(int start, int end) {
        int hash = 0;
        for (int i = start; i < end; i++) {
            hash = 31 * hash + text.charAt(i);
        }
        int mask = slots.length - 1;
        int slot = mix(hash) & mask;
        while (slots[slot] != 0) {
            int e = slots[slot] - 1;
            if (hashes[e] == hash && keys[e].length() == end - start && text.startsWith(keys[e], start)) {
                return e;
            }
            slot = (slot + 1) & mask;
        }
        return add(slot, hash, start, end);
    }

    String lower(int entry) {
        return lower[entry];
    }

    String stem(int entry) {
        return stems[entry];
    }

    private int add(int slot, int hash, int start, int end) {
        if (size == keys.length) {
            int n = size * 2;
            hashes = Arrays.copyOf(hashes, n);
            keys = Arrays.copyOf(keys, n);
            lower = Arrays.copyOf(lower, n);
            stems = Arrays.copyOf(stems, n);
        }
        int e = size++;
        String key = text.substring(start, end);
        hashes[e] = hash;
        keys[e] = key;
        lower[e] = respell(Normalizer.lowerCase(key));
        stems[e] = Character.isLetterOrDigit(key.codePointAt(0)) ? Stems.of(lower[e]) : lower[e];
        slots[slot] = e + 1;
        if (size * 2 > slots.length) {
            rehash();
        }
        return e;
    }

    /** "organisation's" is read as "organization's": the part before an apostrophe is respelt. */
    private String respell(String lowerKey) {
        if (spellings.isEmpty()) {
            return lowerKey;
        }
        int apostrophe = lowerKey.indexOf('\'');
        String word = apostrophe > 0 ? lowerKey.substring(0, apostrophe) : lowerKey;
        String other = spellings.get(word);
        return other == null ? lowerKey : apostrophe > 0 ? other + lowerKey.substring(apostrophe) : other;
    }

    private void rehash() {
        slots = new int[slots.length * 2];
        int mask = slots.length - 1;
        for (int e = 0; e < size; e++) {
            int slot = mix(hashes[e]) & mask;
            while (slots[slot] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = e + 1;
        }
    }

    private static int mix(int hash) {
        int h = hash * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
