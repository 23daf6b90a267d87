package cn.yrd.academy.certification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;

/** Test data: an issuer, a key and a credential input with skills and evidence. */
final class TestCredentials {

	static final IssuerProfile ISSUER = new IssuerProfile("https://academy.example.cn/issuers/SH-IIC",
			"上海工业互联网创新中心", "https://academy.example.cn");

	static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");

	private TestCredentials() {
	}

	static ECKey key(String kid) {
		try {
			return new ECKeyGenerator(Curve.P_256).keyID(kid).generate();
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static CredentialInput input() {
		return new CredentialInput(UUID.randomUUID(), UUID.randomUUID(), "王小明", "https://academy.example.cn/achievements/PLC-1",
				"PLC 编程初级", "Programs a PLC for a conveyor line.", "Passed every lab exercise of the PLC course.",
				List.of(new CredentialInput.SkillAlignment("PLC programming", "https://academy.example.cn/skills/plc", "plc")),
				List.of(new CredentialInput.EvidenceItem("https://academy.example.cn/verify/YRD-1-2026-0001#lab-1",
						"Conveyor interlock: 92/100", "Graded 2026-02-20")),
				ISSUED, ISSUED.plusSeconds(365L * 24 * 3600));
	}

	static String signed(CredentialInput input, ECKey key, int statusIndex) {
		return AchievementCredentials.sign(AchievementCredentials.build(ISSUER, input,
				new AchievementCredentials.StatusEntry(ISSUER.statusListUrl(1), statusIndex)), key);
	}

}
