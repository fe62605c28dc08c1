import java.io.*;
import java.nio.file.*;
import java.util.*;
import opennlp.tools.sentdetect.*;
import opennlp.tools.tokenize.*;
import opennlp.tools.postag.*;
import opennlp.tools.stemmer.snowball.SnowballStemmer;
import org.apache.lucene.analysis.*;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.tokenattributes.*;

/** Times the language-layer candidates of docs/decisions/0004 on one letter and one long sentence. */
public class LanguageLayerMeasure {
  static InputStream res(String name) throws IOException {
    for (String jar : System.getProperty("java.class.path").split(":")) {
      if (!jar.endsWith(".jar")) continue;
      var z = new java.util.zip.ZipFile(jar);
      var e = z.stream().filter(x -> x.getName().contains(name)).findFirst();
      if (e.isPresent()) return z.getInputStream(e.get());
    }
    throw new FileNotFoundException(name);
  }
  interface Job { int run(String t) throws Exception; }
  static double time(Job j, String t, int reps) throws Exception {
    int sink=0; for (int i=0;i<reps;i++) sink+=j.run(t);
    long best=Long.MAX_VALUE;
    for (int r=0;r<5;r++){ long s=System.nanoTime(); for (int i=0;i<reps;i++) sink+=j.run(t); best=Math.min(best,(System.nanoTime()-s)/reps);}
    if (sink==42) System.out.print("");
    return best/1e6;
  }
  public static void main(String[] a) throws Exception {
    String letter = Files.readString(Path.of(a[0]));
    String longS = Files.readString(Path.of(a[1]));
    long t0=System.nanoTime();
    SentenceDetectorME sd = new SentenceDetectorME(new SentenceModel(res("ud-ewt-sentence")));
    TokenizerME tok = new TokenizerME(new TokenizerModel(res("ud-ewt-tokens")));
    long t1=System.nanoTime();
    POSTaggerME pos = new POSTaggerME(new POSModel(res("ud-ewt-pos")));
    long t2=System.nanoTime();
    System.out.printf("load: sentence+token %.0f ms, pos %.0f ms%n",(t1-t0)/1e6,(t2-t1)/1e6);
    SnowballStemmer snow = new SnowballStemmer(SnowballStemmer.ALGORITHM.ENGLISH);
    Job onlpST = t -> { int n=0; for (var s : sd.sentPosDetect(t)) { String x=s.getCoveredText(t).toString(); for (var tk: tok.tokenizePos(x)) { snow.stem(tk.getCoveredText(x).toString().toLowerCase()); n++;} } return n; };
    Job onlpPOS = t -> { int n=0; for (var s : sd.sentPosDetect(t)) { String x=s.getCoveredText(t).toString(); String[] tk=tok.tokenize(x); n+=pos.tag(tk).length; } return n; };
    Job onlpTokOnly = t -> { int n=0; for (String line : t.split("\n")) n+=tok.tokenizePos(line).length; return n; };
    Job simple = t -> { int n=0; for (var tk : SimpleTokenizer.INSTANCE.tokenizePos(t)) { snow.stem(tk.getCoveredText(t).toString().toLowerCase()); n++;} return n; };
    Job lucene = t -> { int n=0; try (Analyzer an = new Analyzer(){ protected TokenStreamComponents createComponents(String f){ var src=new StandardTokenizer(); TokenStream ts=new PorterStemFilter(new LowerCaseFilter(src)); return new TokenStreamComponents(src, ts);} }; TokenStream ts = an.tokenStream("f", t)) {
        var off = ts.addAttribute(OffsetAttribute.class); ts.reset(); while (ts.incrementToken()) n++; ts.end(); } return n; };
    Analyzer shared = new Analyzer(){ protected TokenStreamComponents createComponents(String f){ var src=new StandardTokenizer(); TokenStream ts=new PorterStemFilter(new LowerCaseFilter(src)); return new TokenStreamComponents(src, ts);} };
    Job luceneShared = t -> { int n=0; try (TokenStream ts = shared.tokenStream("f", t)) { ts.addAttribute(OffsetAttribute.class); ts.reset(); while (ts.incrementToken()) n++; ts.end(); } return n; };
    Job own = t -> { int n=0; int i=0, L=t.length(); while(i<L){ while(i<L && !Character.isLetterOrDigit(t.charAt(i))) i++; int s=i; while(i<L && (Character.isLetterOrDigit(t.charAt(i)) || ((t.charAt(i)=='\''||t.charAt(i)=='-') && i+1<L && Character.isLetterOrDigit(t.charAt(i+1))))) i++; if(i>s){ snow.stem(t.substring(s,i).toLowerCase()); n++;} } return n; };
    String[] names={"opennlp sentence+token+snowball","opennlp sentence+token+POS","opennlp token only (per line)","opennlp SimpleTokenizer+snowball","lucene Standard+lower+Porter (new analyzer)","lucene Standard+lower+Porter (shared)","own scanner+snowball"};
    Job[] jobs={onlpST,onlpPOS,onlpTokOnly,simple,lucene,luceneShared,own};
    System.out.println("tokens per 300-word letter: " + own.run(letter));
    for (int k=0;k<jobs.length;k++) System.out.printf("%-45s 300 words: %.3f ms   16k-word sentence: %.1f ms%n", names[k], time(jobs[k], letter, 200), time(jobs[k], longS, 2));
    // token samples
    String sample = "I don't think you're right; e-mail me at jo.smith@example.com or call 07700 900193. Thanks!!! lol";
    System.out.println("opennlp: " + String.join("|", tok.tokenize(sample)));
    System.out.println("simple:  " + String.join("|", SimpleTokenizer.INSTANCE.tokenize(sample)));
    List<String> lt=new ArrayList<>(); try (TokenStream ts = shared.tokenStream("f", sample)) { var c=ts.addAttribute(CharTermAttribute.class); ts.reset(); while(ts.incrementToken()) lt.add(c.toString()); ts.end(); }
    System.out.println("lucene:  " + String.join("|", lt));
    for (String w : new String[]{"thanks","thanking","grateful","disappointed","disappointing","idiots","organisation","organization","reconsider","reconsidering","opportunity","opportunities"}) System.out.print(w+"->"+snow.stem(w)+" ");
    System.out.println();
    String multi="Dear Ms Smith,\nThank you for letting me know. I was disappointed, e.g. about Mr. Jones' comment.\nBest regards,\nJo";
    for (var s: sd.sentDetect(multi)) System.out.println("  S: "+s.replace("\n","\\n"));
  }
}
