package cn.yrd.academy.certification.document;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font certificates embed, read from disk once and kept in memory. Each document parses its own copy
 * from those bytes, because a parsed font is not safe to share between threads, and embeds only the glyphs
 * it uses.
 */
final class PdfFont {

	static final String SETTING = "academy.certification.pdf-font";

	private final Path file;

	private final AtomicReference<byte[]> bytes = new AtomicReference<>();

	PdfFont(String file) {
		this.file = Path.of(file);
	}

	/**
	 * The font for one document. The returned handle must stay open until the document is saved: the
	 * subset is cut from it then.
	 */
	Opened openFor(PDDocument document) throws IOException {
		byte[] data = bytes();
		if (isCollection(data)) {
			TrueTypeCollection collection = new TrueTypeCollection(new ByteArrayInputStream(data));
			TrueTypeFont[] first = new TrueTypeFont[1];
			collection.processAllFonts(font -> {
				if (first[0] == null) {
					first[0] = font;
				}
			});
			return new Opened(PDType0Font.load(document, first[0], true), collection);
		}
		TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(data));
		return new Opened(PDType0Font.load(document, font, true), font);
	}

	private byte[] bytes() {
		byte[] data = bytes.get();
		if (data == null) {
			data = read();
			bytes.compareAndSet(null, data);
		}
		return data;
	}

	private byte[] read() {
		if (!Files.isRegularFile(file)) {
			throw new IllegalStateException("The font for PDF certificates, " + file + " (setting " + SETTING
					+ "), does not exist: install the Debian package fonts-wqy-microhei (bin/academy test and "
					+ "bin/academy lab install do), or point " + SETTING + " at another TrueType font with Chinese");
		}
		try {
			return Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read the font for PDF certificates, " + file + " (setting "
					+ SETTING + ")", ex);
		}
	}

	private static boolean isCollection(byte[] data) {
		return data.length > 4 && data[0] == 't' && data[1] == 't' && data[2] == 'c' && data[3] == 'f';
	}

	/** A font loaded into one document, and what to close once the document is saved. */
	record Opened(PDFont font, Closeable source) implements Closeable {

		@Override
		public void close() throws IOException {
			source.close();
		}

	}

}
