package fr.ploucs.cooperation.mutualisation.adapter.in.web;

/** The confirmation of a cancellation carries the version of the booking the coordinator saw. */
public class BookingCancellationForm {

    private Long version;

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
