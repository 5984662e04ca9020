package io.steward.access;

import java.util.Optional;

/** Answers "who is acting now?" for the current request or job. */
public interface Actors {

    /** The signed-in staff member; refuses (401 on the API) when nobody is signed in. */
    CurrentActor current();

    Optional<CurrentActor> currentIfSignedIn();
}
