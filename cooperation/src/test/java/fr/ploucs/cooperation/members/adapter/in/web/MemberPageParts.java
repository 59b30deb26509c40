package fr.ploucs.cooperation.members.adapter.in.web;

import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageRenderer;
import fr.ploucs.cooperation.shared.adapter.in.web.MemberPageSection;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;

/**
 * The member's page as the application renders it, for web slice tests of the controllers that answer on it: the
 * members feature's page and mapper and every feature's section (each feature's classes stay package-private; the
 * slice test mocks their incoming ports).
 */
@TestConfiguration
@Import(MemberWebMapper.class)
@ComponentScan(basePackages = "fr.ploucs.cooperation", useDefaultFilters = false,
        includeFilters = @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE,
                classes = {MemberPageRenderer.class, MemberPageSection.class}))
public class MemberPageParts {
}
