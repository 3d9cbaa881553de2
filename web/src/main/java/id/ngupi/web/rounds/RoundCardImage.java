package id.ngupi.web.rounds;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The picture of a round's card on X and in chats: 1200 by 630 pixels in the site's
 * colours, saying what the card's title and description say. Drawn with Java2D in the
 * logical {@code SansSerif} font, which every JDK maps to some font; on a machine with no
 * font at all the text cannot be drawn, and the picture is drawn without it rather than
 * not at all.
 */
final class RoundCardImage {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	private static final Color PAPER = new Color(0xfdfaf6);

	private static final Color COFFEE = new Color(0x7c4a2d);

	private static final Color CREMA = new Color(0xc08552);

	private static final Color INK = new Color(0x1f1a17);

	private static final Color MUTED = new Color(0x6b615b);

	private static final int MARGIN = 80;

	private static final Log logger = LogFactory.getLog(RoundCardImage.class);

	private RoundCardImage() {
	}

	/** The card as PNG. */
	static byte[] png(RoundPages.Card card) {
		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = image.createGraphics();
		try {
			graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			graphics.setColor(PAPER);
			graphics.fillRect(0, 0, WIDTH, HEIGHT);
			graphics.setColor(COFFEE);
			graphics.fillRect(0, 0, WIDTH, 24);
			graphics.setColor(CREMA);
			graphics.setStroke(new BasicStroke(4));
			graphics
				.draw(new RoundRectangle2D.Double(MARGIN - 30, 84, WIDTH - 2 * (MARGIN - 30), HEIGHT - 150, 40, 40));
			try {
				text(graphics, card);
			}
			catch (RuntimeException | Error noFont) {
				// a JDK without any font throws from the first text it measures
				logger.warn("The round's card is drawn without text: no font to draw it with (" + noFont + ")");
			}
		}
		finally {
			graphics.dispose();
		}
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", png);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return png.toByteArray();
	}

	private static void text(Graphics2D graphics, RoundPages.Card card) {
		int width = WIDTH - 2 * MARGIN;
		graphics.setColor(COFFEE);
		graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 40));
		graphics.drawString("Ngupi", MARGIN, 160);
		int y = 270;
		graphics.setColor(INK);
		y = line(graphics, card.title(), new Font(Font.SANS_SERIF, Font.BOLD, 68), width, y);
		graphics.setColor(COFFEE);
		y = line(graphics, card.description(), new Font(Font.SANS_SERIF, Font.PLAIN, 46), width, y + 20);
		graphics.setColor(MUTED);
		line(graphics, card.hostName() + " · " + card.offering(), new Font(Font.SANS_SERIF, Font.PLAIN, 36), width,
				y + 30);
	}

	/**
	 * Draws one line, made smaller until it fits (and cut with an ellipsis if it still
	 * does not); returns the baseline of the next.
	 */
	private static int line(Graphics2D graphics, String text, Font font, int width, int y) {
		Font fitted = font;
		FontMetrics metrics = graphics.getFontMetrics(fitted);
		while (metrics.stringWidth(text) > width && fitted.getSize() > 24) {
			fitted = fitted.deriveFont((float) fitted.getSize() - 2);
			metrics = graphics.getFontMetrics(fitted);
		}
		String shown = text;
		while (metrics.stringWidth(shown) > width && shown.length() > 1) {
			shown = shown.substring(0, shown.length() - 2) + "…";
		}
		graphics.setFont(fitted);
		graphics.drawString(shown, MARGIN, y);
		return y + metrics.getHeight();
	}

}
