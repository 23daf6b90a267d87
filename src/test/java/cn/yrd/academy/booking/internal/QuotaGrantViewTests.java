package cn.yrd.academy.booking.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import cn.yrd.academy.booking.internal.QuotaAdministration.GrantView;
import cn.yrd.academy.shared.text.Bilingual;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotaGrantViewTests {

	@ParameterizedTest
	@CsvSource({ "0, 0", "30, 0.5", "750, 12.5", "1200, 20", "10080, 168", "25, 0.42" })
	void showsWeeklyMinutesAsPlainHours(int minutes, String hours) {
		GrantView grant = new GrantView(1, "ORG", new Bilingual("单位", "Org"), 2, "BASE", new Bilingual("基地", "Base"),
				minutes, Instant.EPOCH);

		assertThat(grant.hours().toPlainString()).isEqualTo(hours);
		assertThat(grant.hours().toString()).isEqualTo(hours);
	}

}
