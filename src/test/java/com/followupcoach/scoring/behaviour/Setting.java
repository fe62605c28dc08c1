package com.followupcoach.scoring.behaviour;

import java.util.Optional;

/** The exercise's situation as far as a case states it; the adapter turns it into a scenario. */
record Setting(Optional<String> company, Optional<String> role, Optional<String> interviewer) {

    static final Setting NONE = new Setting(Optional.empty(), Optional.empty(), Optional.empty());

    static Setting of(Persona persona) {
        return new Setting(Optional.of(persona.company()), Optional.of(persona.role()),
                Optional.of(persona.interviewerFull()));
    }

    Setting withCompany(String company) {
        return new Setting(Optional.of(company), role, interviewer);
    }
}
