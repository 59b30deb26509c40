package fr.ploucs.sharedkernel;

/**
 * Somebody saved the record after the version a change was based on: saving it would overwrite their work. The web
 * gives the form back, with what was typed, and the "changed meanwhile" notice (model attribute
 * {@code changedMeanwhile} = true). Each pillar's own ({@code MemberChangedMeanwhile}...) extends this one.
 */
public class ChangedMeanwhile extends RuntimeException {

    private final String messageKey;

    public ChangedMeanwhile(Object id) {
        this(id, "changed-meanwhile");
    }

    /** @param messageKey the notice that says what was changed, e.g. {@code member.changed-meanwhile} */
    public ChangedMeanwhile(Object id, String messageKey) {
        super(id + " was changed by someone else meanwhile");
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
