package com.followupcoach.ui.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Profiles in a list; logs what the store was asked. */
public final class FakeProfileDirectory implements ProfileDirectory {
    final List<LearnerProfile> profiles;
    final List<String> log = new ArrayList<>();
    String refuse;

    public FakeProfileDirectory(LearnerProfile first) {
        profiles = new ArrayList<>(List.of(first));
    }

    @Override
    public List<LearnerProfile> list() {
        return List.copyOf(profiles);
    }

    @Override
    public LearnerProfile create(String name) {
        if (refuse != null) {
            throw new ProfileException(refuse);
        }
        log.add("create " + name);
        LearnerProfile created = new LearnerProfile(profiles.size() + 1, name);
        profiles.add(created);
        return created;
    }

    @Override
    public LearnerProfile rename(long id, String name) {
        LearnerProfile renamed = new LearnerProfile(id, name);
        profiles.replaceAll(p -> p.id() == id ? renamed : p);
        return renamed;
    }

    @Override
    public ProfileContents contents(long id) {
        return new ProfileContents(0, 0, 0, 0);
    }

    @Override
    public void delete(long id) {
        log.add("delete " + id);
        profiles.removeIf(p -> p.id() == id);
    }

    @Override
    public void setActive(long id) {
        log.add("active " + id);
    }

    @Override
    public void export(long id, Path file) {
    }

    @Override
    public LearnerProfile importFrom(Path file) {
        throw new ProfileException("not used");
    }
}
