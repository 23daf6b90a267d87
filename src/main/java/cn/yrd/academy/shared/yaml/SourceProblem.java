package cn.yrd.academy.shared.yaml;

/**
 * One thing wrong with a source file such as a course package or a lab image: where it is (file,
 * line, field) and what, as a message key with arguments so a page can say it in the reader's language.
 *
 * @param file path of the file, or {@code null} for the whole source
 * @param line 1-based line in that file, or 0 when it is not about a line
 * @param field the YAML field or front-matter field, or {@code null}
 * @param messageKey bundle key under {@code source.problem.}
 * @param arguments values for the message
 */
public record SourceProblem(String file, int line, String field, String messageKey, Object... arguments) {

	public static SourceProblem ofFile(String file, String messageKey, Object... arguments) {
		return new SourceProblem(file, 0, null, messageKey, arguments);
	}


	@Override
	public boolean equals(Object other) {
		return other instanceof SourceProblem problem && java.util.Objects.equals(file, problem.file)
				&& line == problem.line && java.util.Objects.equals(field, problem.field)
				&& messageKey.equals(problem.messageKey) && java.util.Arrays.equals(arguments, problem.arguments);
	}

	@Override
	public int hashCode() {
		return java.util.Objects.hash(file, line, field, messageKey) * 31 + java.util.Arrays.hashCode(arguments);
	}

	/** For logs and startup errors: {@code file:line field: key [arguments]}. */
	@Override
	public String toString() {
		return (file == null ? "(package)" : file) + (line > 0 ? ":" + line : "") + (field == null ? "" : " " + field)
				+ ": " + messageKey + " " + java.util.Arrays.toString(arguments);
	}

}
