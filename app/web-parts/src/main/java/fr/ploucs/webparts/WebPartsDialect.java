package fr.ploucs.webparts;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import java.util.Set;

/**
 * Gives every template {@code #shown}, the dates and times of {@link ShownDates} in the language of the request:
 * {@code th:text="${#shown.date(member.joinedOn)}"}, {@code ${#shown.dateTime(booking.startsAt)}}. A dialect bean,
 * so that Spring Boot adds it to Thymeleaf both in the app and in a pillar's {@code @WebMvcTest}.
 */
@Component
public class WebPartsDialect extends AbstractDialect implements IExpressionObjectDialect {

    static final String SHOWN = "shown";

    public WebPartsDialect() {
        super("PLOUCS web parts");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(SHOWN);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return SHOWN.equals(expressionObjectName) ? ShownDates.in(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
