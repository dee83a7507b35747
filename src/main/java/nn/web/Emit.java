package nn.web;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** The page's {@code emit(kind, text, extra)} callback: kind is "out", "err" or "plot" (extra: the plot's SVG). */
@JSFunctor
public interface Emit extends JSObject {
    void emit(String kind, String text, String extra);
}
