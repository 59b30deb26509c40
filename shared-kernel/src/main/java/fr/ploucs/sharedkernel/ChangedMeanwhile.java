package fr.ploucs.sharedkernel;

/**
 * Somebody saved the record after the version a change was based on: saving it would overwrite their work. The web
 * gives the form back, with what was typed, and the "changed meanwhile" notice (model attribute
 * {@code changedMeanwhile} = true). Each pillar's own ({@code MemberChangedMeanwhile}...) extends this one.
 */
public class ChangedMeanwhile extends RuntimeException {

    public ChangedMeanwhile(Object id) {
        super(id + " was changed by someone else meanwhile");
    }
}
