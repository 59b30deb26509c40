package fr.ploucs.cooperation.mutualisation.adapter.out.persistence;

import fr.ploucs.cooperation.mutualisation.application.port.out.BookingRepository;
import fr.ploucs.cooperation.mutualisation.domain.Booking;
import fr.ploucs.cooperation.mutualisation.domain.BookingChangedMeanwhile;
import fr.ploucs.cooperation.mutualisation.domain.BookingId;
import fr.ploucs.cooperation.mutualisation.domain.ResourceAlreadyBooked;
import fr.ploucs.cooperation.mutualisation.domain.SharedResourceId;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Bookings in PostgreSQL. The exclusion constraint {@code booking_no_overlap} is what refuses a double booking; its
 * violation (SQLSTATE 23P01) becomes {@link ResourceAlreadyBooked}. The insert runs under a savepoint so that, once it
 * has failed, the surrounding transaction can still read which booking was in the way.
 */
@Component
class BookingPersistenceAdapter implements BookingRepository {

    static final String EXCLUSION_VIOLATION = "23P01";

    private final BookingRowRepository rows;
    private final MutualisationPersistenceMapper mapper;
    private final TransactionTemplate underSavepoint;

    BookingPersistenceAdapter(BookingRowRepository rows, MutualisationPersistenceMapper mapper,
                              PlatformTransactionManager transactions) {
        this.rows = rows;
        this.mapper = mapper;
        this.underSavepoint = new TransactionTemplate(transactions);
        this.underSavepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    @Override
    public Optional<Booking> findById(BookingId id) {
        return rows.findById(id.value()).map(mapper::toDomain);
    }

    @Override
    public Booking save(Booking booking) {
        try {
            BookingRow stored = underSavepoint.execute(status -> rows.save(mapper.toRow(booking)));
            return mapper.toDomain(stored);
        } catch (OptimisticLockingFailureException e) {
            throw new BookingChangedMeanwhile(booking.getId());
        } catch (RuntimeException e) {
            if (!isExclusionViolation(e)) {
                throw e;
            }
            // Read committed: this statement sees the booking that a concurrent transaction committed in our way.
            Booking inTheWay = rows.between(booking.getResourceId().value(), booking.getPeriod().startsAt(),
                            booking.getPeriod().endsAt()).stream()
                    .filter(row -> !row.getId().equals(booking.getId().value()))
                    .findFirst()
                    .map(mapper::toDomain)
                    .orElse(null);
            throw new ResourceAlreadyBooked(inTheWay);
        }
    }

    @Override
    public List<Booking> upcoming(SharedResourceId resource, Instant now, int limit) {
        return rows.upcoming(resource == null ? null : resource.value(), now, limit).stream()
                .map(mapper::toDomain).toList();
    }

    @Override
    public List<Booking> between(SharedResourceId resource, Instant from, Instant to) {
        return rows.between(resource == null ? null : resource.value(), from, to).stream()
                .map(mapper::toDomain).toList();
    }

    private static boolean isExclusionViolation(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
