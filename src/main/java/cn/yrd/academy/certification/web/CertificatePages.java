package cn.yrd.academy.certification.web;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.yrd.academy.certification.internal.CertificateRefused;
import cn.yrd.academy.identity.OrganizationSummary;
import cn.yrd.academy.identity.Organizations;
import cn.yrd.academy.shared.text.Bilingual;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the certificate pages share: issuer names by code, and refusals as translated text.
 */
@Component
class CertificatePages {

	private final Organizations organizations;

	private final MessageSource messages;

	CertificatePages(Organizations organizations, MessageSource messages) {
		this.organizations = organizations;
		this.messages = messages;
	}

	/** Active organizations' names by code; a page falls back to the code for any other. */
	Map<String, Bilingual> issuerNames() {
		return organizations.active().stream()
			.collect(Collectors.toMap(OrganizationSummary::code, OrganizationSummary::name, (a, b) -> a));
	}

	Map<String, OrganizationSummary> issuers() {
		return organizations.active().stream()
			.collect(Collectors.toMap(OrganizationSummary::code, Function.identity(), (a, b) -> a));
	}

	String text(CertificateRefused refused) {
		return messages.getMessage(refused.messageKey(), refused.arguments(), LocaleContextHolder.getLocale());
	}

}
