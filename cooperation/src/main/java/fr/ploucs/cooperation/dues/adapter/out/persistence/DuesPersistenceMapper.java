package fr.ploucs.cooperation.dues.adapter.out.persistence;

import fr.ploucs.cooperation.dues.domain.DuesPayment;
import fr.ploucs.cooperation.dues.domain.DuesPaymentId;
import fr.ploucs.cooperation.dues.domain.DuesSettings;
import fr.ploucs.sharedkernel.MemberId;
import fr.ploucs.sharedkernel.Money;
import org.mapstruct.Mapper;

import java.math.BigDecimal;
import java.util.UUID;

@Mapper
interface DuesPersistenceMapper {

    DuesYearRow toRow(DuesSettings settings);

    DuesSettings toDomain(DuesYearRow row);

    DuesPaymentRow toRow(DuesPayment payment);

    DuesPayment toDomain(DuesPaymentRow row);

    default BigDecimal toAmount(Money money) {
        return money == null ? null : money.amount();
    }

    default Money toMoney(BigDecimal amount) {
        return Money.of(amount);
    }

    default UUID toUuid(MemberId id) {
        return id == null ? null : id.value();
    }

    default MemberId toMemberId(UUID id) {
        return id == null ? null : new MemberId(id);
    }

    default UUID toUuid(DuesPaymentId id) {
        return id == null ? null : id.value();
    }

    default DuesPaymentId toPaymentId(UUID id) {
        return id == null ? null : new DuesPaymentId(id);
    }
}
