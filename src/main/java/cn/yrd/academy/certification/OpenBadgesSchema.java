package cn.yrd.academy.certification;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import tools.jackson.databind.JsonNode;

/**
 * The Open Badges 3.0 AchievementCredential JSON Schema (draft 2019-09), loaded from the copy the application
 * ships, so validation never reaches out to the network.
 */
public final class OpenBadgesSchema {

	static final String ACHIEVEMENT_CREDENTIAL = "/standards/openbadges-3.0/achievementcredential.schema.json";

	private final Schema schema;

	public OpenBadgesSchema() {
		try (InputStream in = OpenBadgesSchema.class.getResourceAsStream(ACHIEVEMENT_CREDENTIAL)) {
			if (in == null) {
				throw new IllegalStateException("Missing " + ACHIEVEMENT_CREDENTIAL + " on the class path");
			}
			this.schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2019_09).getSchema(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The problems of the credential, each as {@code <location>: <message>}; empty when it is valid. */
	public List<String> problems(JsonNode credential) {
		List<Error> errors = schema.validate(credential);
		return errors.stream().map(Error::toString).toList();
	}

}
