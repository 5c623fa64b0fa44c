import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time helper, run by exec-maven-plugin as a single-file source program in its own JVM
 * (args: JRXML source folder, class output folder). Compiles every *.jrxml into a .jasper at the same relative
 * path, so the server only ever loads precompiled templates and needs no Java compiler.
 */
public class CompileJrxml {

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: CompileJrxml <jrxml dir> <output dir>");
        }
        Path sourceDir = Path.of(args[0]);
        Path outputDir = Path.of(args[1]);
        for (Path jrxml : findTemplates(sourceDir)) {
            String relative = sourceDir.relativize(jrxml).toString();
            Path jasper = outputDir.resolve(relative.replaceFirst("\\.jrxml$", ".jasper"));
            Files.createDirectories(jasper.getParent());
            JasperCompileManager.compileReportToFile(jrxml.toString(), jasper.toString());
        }
    }

    private static List<Path> findTemplates(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".jrxml")).sorted().toList();
        }
    }
}
