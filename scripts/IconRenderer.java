import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Rectangle;
import javafx.scene.shape.SVGPath;
import javafx.scene.shape.Shape;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.transform.Scale;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Renders the app icon's SVG into the PNG sizes desktops use, with JavaFX's own shapes, so
 * no SVG tool is needed. It knows only what the icon uses: rect (with rx), circle and path,
 * flat fills and strokes. Run through scripts/render-icons.sh.
 *   java IconRenderer SVG OUTPUT_DIR SIZE...
 */
public class IconRenderer {

    public static void main(String[] args) throws Exception {
        Path svg = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile()).getDocumentElement();
        double side = Double.parseDouble(root.getAttribute("width"));
        String name = svg.getFileName().toString().replace(".svg", "");

        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failure = new Throwable[1];
        Platform.startup(() -> {
            try {
                for (int i = 2; i < args.length; i++) {
                    int size = Integer.parseInt(args[i]);
                    Group icon = shapes(root);
                    icon.getTransforms().add(new Scale(size / side, size / side));
                    write(icon, size, out.resolve(name + "-" + size + ".png").toFile());
                }
            } catch (Throwable t) {
                failure[0] = t;
            } finally {
                done.countDown();
            }
        });
        done.await();
        Platform.exit();
        if (failure[0] != null) {
            throw new IllegalStateException(failure[0]);
        }
    }

    private static Group shapes(Element root) {
        Group group = new Group();
        NodeList children = root.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element) {
                group.getChildren().add(shape(element));
            }
        }
        return group;
    }

    private static Node shape(Element e) {
        Shape shape = switch (e.getTagName()) {
            case "rect" -> {
                Rectangle r = new Rectangle(num(e, "x"), num(e, "y"), num(e, "width"), num(e, "height"));
                r.setArcWidth(2 * num(e, "rx"));
                r.setArcHeight(2 * num(e, "rx"));
                yield r;
            }
            case "circle" -> new Circle(num(e, "cx"), num(e, "cy"), num(e, "r"));
            case "path" -> {
                SVGPath p = new SVGPath();
                p.setContent(e.getAttribute("d"));
                yield p;
            }
            default -> throw new IllegalArgumentException("the icon renderer does not draw <" + e.getTagName() + ">");
        };
        shape.setFill(paint(e.getAttribute("fill")));
        shape.setStroke(paint(e.getAttribute("stroke")));
        shape.setStrokeWidth(num(e, "stroke-width"));
        if (e.getAttribute("stroke-linecap").equals("round")) {
            shape.setStrokeLineCap(StrokeLineCap.ROUND);
        }
        if (e.getAttribute("stroke-linejoin").equals("round")) {
            shape.setStrokeLineJoin(StrokeLineJoin.ROUND);
        }
        return shape;
    }

    private static Color paint(String value) {
        // SVG's default fill is black, its default stroke none; the icon always says which.
        return value.isEmpty() || value.equals("none") ? null : Color.web(value);
    }

    private static double num(Element e, String attribute) {
        String value = e.getAttribute(attribute);
        return value.isEmpty() ? 0 : Double.parseDouble(value);
    }

    private static void write(Group icon, int size, File file) throws Exception {
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        // the whole canvas, not the shapes' bounds (which start at the tile's margin)
        parameters.setViewport(new Rectangle2D(0, 0, size, size));
        WritableImage image = icon.snapshot(parameters, new WritableImage(size, size));
        int[] pixels = new int[size * size];
        image.getPixelReader().getPixels(0, 0, size, size, PixelFormat.getIntArgbInstance(), pixels, 0, size);
        BufferedImage png = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        png.setRGB(0, 0, size, size, pixels, 0, size);
        ImageIO.write(png, "png", file);
    }
}
