package cn.yrd.academy.shared.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI description of {@code /api/v1} at {@code /v3/api-docs}: bearer tokens from
 * {@code POST /api/v1/auth/token}, errors as RFC 9457 problem details with a {@code code}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	@Bean
	OpenAPI academyOpenApi() {
		return new OpenAPI()
			.info(new Info().title("Workforce Academy API").version("v1")
				.description("Catalog, enrollment, lab booking and the talent pool (approved partners search "
						+ "consented profiles; students give and withdraw their consent). Authenticate with POST /api/v1/auth/token and send "
						+ "'Authorization: Bearer <token>'. Refusals are RFC 9457 problem details whose 'code' names "
						+ "the rule (e.g. SLOT_TAKEN, OVER_QUOTA). POST /api/v1/bookings accepts an Idempotency-Key "
						+ "header; a retried request returns the same booking."))
			.components(new Components().addSecuritySchemes("bearer",
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")))
			.addSecurityItem(new SecurityRequirement().addList("bearer"));
	}

}
