// The pictures are made here rather than kept as binary files: a transparent PNG and a JPEG named .png.
import java.awt.Color
import java.awt.image.BufferedImage
import javax.imageio.ImageIO

def logo = new BufferedImage(60, 40, BufferedImage.TYPE_INT_ARGB)
def g = logo.createGraphics()
g.color = new Color(200, 40, 40, 128)
g.fillRect(0, 0, 30, 40)
g.dispose()
ImageIO.write(logo, 'png', new File(basedir, 'texts/logo.png'))
ImageIO.write(new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB), 'jpeg', new File(basedir, 'texts/photo.png'))
return true
