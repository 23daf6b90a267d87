package cn.yrd.academy.shared.text;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * Renders course Markdown to HTML safely: raw HTML in the source is escaped, never passed through,
 * and link targets with unsafe schemes such as {@code javascript:} are dropped.
 */
@Component
public class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		// Links and images may point to the web, to mail, or within the platform; not to data: or scripts.
		.urlSanitizer(new DefaultUrlSanitizer(List.of("http", "https", "mailto")))
		.build();

	public String toHtml(String markdown) {
		return renderer.render(parser.parse(markdown == null ? "" : markdown));
	}

}
