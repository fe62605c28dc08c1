package com.followupcoach.lessons;

import com.followupcoach.files.Problem;
import com.followupcoach.lessons.SampleReader.ReadSample;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sample's id is its file's name ({@code samples/<id>.md}), so that a trainer can find
 * one from the other; that also makes ids unique within a folder. When a file declares
 * another file's id (a copy not yet edited), the problem named is the clash, the more
 * useful message, and the file named after the id keeps it.
 */
final class SampleIds {

    private SampleIds() {
    }

    /**
     * @param problems problems by sample file; those found here are added
     * @return the samples that pass
     */
    static List<ReadSample> check(List<ReadSample> samples, Map<String, List<Problem>> problems) {
        Map<String, String> owners = new HashMap<>();
        samples.stream().filter(SampleIds::namedAfterFile).forEach(s -> owners.put(s.sample().id(), s.id().file()));
        List<ReadSample> passed = new ArrayList<>();
        for (ReadSample sample : samples) {
            String id = sample.sample().id();
            String file = sample.id().file();
            if (namedAfterFile(sample)) {
                passed.add(sample);
            } else if (owners.containsKey(id)) {
                problems.get(file).add(sample.id().problem("sample id `" + id + "` is already used by " + owners.get(id)));
            } else {
                problems.get(file).add(sample.id().problem("`id` is `" + id + "` but the file is named "
                        + fileName(file) + ".md; they must match"));
            }
        }
        return passed;
    }

    private static boolean namedAfterFile(ReadSample sample) {
        return sample.sample().id().equals(fileName(sample.id().file()));
    }

    private static String fileName(String file) {
        return file.substring(file.lastIndexOf('/') + 1, file.length() - ".md".length());
    }
}
