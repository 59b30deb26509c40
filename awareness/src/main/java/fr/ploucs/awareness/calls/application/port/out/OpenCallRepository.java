package fr.ploucs.awareness.calls.application.port.out;

import fr.ploucs.awareness.calls.domain.OpenCall;

import java.time.LocalDate;
import java.util.List;

public interface OpenCallRepository {

    /** Stores the call unless its cohort's is already there. @return whether stored now */
    boolean addOnce(OpenCall call);

    List<OpenCall> closingOnOrAfter(LocalDate day);
}
