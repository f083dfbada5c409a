<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message>
        <source>Discover equations from data by Differentiable Architecture Search.</source>
        <translation>Gleichungen aus Daten finden – mit Differentiable Architecture Search.</translation>
    </message>
    <message>
        <source>Built with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Licence: GNU General Public License, version 3 or later (GPL-3.0-or-later), as QCustomPlot requires. There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Lizenz: GNU General Public License, Version 3 oder neuer (GPL-3.0-or-later), wie von QCustomPlot verlangt. Es besteht KEINE GEWÄHRLEISTUNG, soweit gesetzlich zulässig.</translation>
    </message>
    <message>
        <source>About DARTS Studio</source>
        <translation>Über DARTS Studio</translation>
    </message>
</context>
<context>
    <name>EquationView</name>
    <message>
        <source>The equations of the model drawn from the architecture weights: one line per hidden node k1, k2, ..., then the output. Console form for reading and pasting into code, LaTeX form for papers. They are refreshed after every re-sample and refit.</source>
        <translation>Die Gleichungen des aus den Architekturgewichten gezogenen Modells: eine Zeile je verborgenem Knoten k1, k2, ..., dann die Ausgabe. Die Konsolenform dient zum Lesen und Einfügen in Code, die LaTeX-Form für Veröffentlichungen. Sie werden nach jedem Neu-Ziehen und Neu-Anpassen aktualisiert.</translation>
    </message>
    <message>
        <source>No model yet: one is drawn when a search ends, or by Re-sample.</source>
        <translation>Noch kein Modell: Es wird gezogen, wenn eine Suche endet, oder mit „Neu ziehen“.</translation>
    </message>
    <message>
        <source>Model figures</source>
        <translation>Modellabbildungen</translation>
    </message>
    <message>
        <source>Equation forms</source>
        <translation>Gleichungsformen</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>The model as plain text, one equation per line</source>
        <translation>Das Modell als reiner Text, eine Gleichung pro Zeile</translation>
    </message>
    <message>
        <source>Equations, console form</source>
        <translation>Gleichungen, Konsolenform</translation>
    </message>
    <message>
        <source>LaTeX</source>
        <translation>LaTeX</translation>
    </message>
    <message>
        <source>The model in LaTeX, ready for an align environment</source>
        <translation>Das Modell in LaTeX, bereit für eine align-Umgebung</translation>
    </message>
    <message>
        <source>Equations, LaTeX form</source>
        <translation>Gleichungen, LaTeX-Form</translation>
    </message>
    <message>
        <source>Closed form</source>
        <translation>Geschlossene Form</translation>
    </message>
    <message>
        <source>The hidden nodes substituted into each output and simplified: like terms collected, negligible terms left out</source>
        <translation>Die verborgenen Knoten in jede Ausgabe eingesetzt und vereinfacht: gleichartige Terme zusammengefasst, vernachlässigbare Terme weggelassen</translation>
    </message>
    <message>
        <source>Equations, closed form</source>
        <translation>Gleichungen, geschlossene Form</translation>
    </message>
    <message>
        <source>Closed form note</source>
        <translation>Hinweis zur geschlossenen Form</translation>
    </message>
    <message>
        <source>Copy equations</source>
        <translation>Gleichungen kopieren</translation>
    </message>
    <message>
        <source>Copy the console form to the clipboard</source>
        <translation>Die Konsolenform in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy LaTeX</source>
        <translation>LaTeX kopieren</translation>
    </message>
    <message>
        <source>Copy the LaTeX form to the clipboard</source>
        <translation>Die LaTeX-Form in die Zwischenablage kopieren</translation>
    </message>
</context>
<context>
    <name>FigureExport</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>der PNG-Encoder ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the image would be too large (at most %1 pixels a side and %2 megapixels)</source>
        <translation>das Bild wäre zu groß (höchstens %1 Pixel je Seite und %2 Megapixel)</translation>
    </message>
    <message>
        <source>Made with DARTS Studio</source>
        <translation>Erstellt mit DARTS Studio</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>Berechnungsgraph</translation>
    </message>
    <message>
        <source>PNG image size</source>
        <translation>PNG-Bildgröße</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Width of the plot&apos;s layout in screen pixels; fonts and lines keep their size, so a wider plot shows more room between ticks</source>
        <translation>Breite des Diagrammlayouts in Bildschirmpixeln; Schriften und Linien behalten ihre Größe, ein breiteres Diagramm zeigt also mehr Platz zwischen den Teilstrichen</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Height of the plot&apos;s layout in screen pixels</source>
        <translation>Höhe des Diagrammlayouts in Bildschirmpixeln</translation>
    </message>
    <message>
        <source>Height</source>
        <translation>Höhe</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Pixels per screen pixel: 2× gives a sharp image on high-resolution screens and in documents, 4× is good for print</source>
        <translation>Pixel pro Bildschirmpixel: 2× ergibt ein scharfes Bild auf hochauflösenden Bildschirmen und in Dokumenten, 4× eignet sich für den Druck</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>The size of the image file and the resolution recorded in it</source>
        <translation>Die Größe der Bilddatei und die darin gespeicherte Auflösung</translation>
    </message>
    <message>
        <source>Resulting image size</source>
        <translation>Resultierende Bildgröße</translation>
    </message>
    <message>
        <source>Image: %1 × %2 pixels, %3 dpi</source>
        <translation>Bild: %1 × %2 Pixel, %3 dpi</translation>
    </message>
    <message>
        <source>Too large: %1</source>
        <translation>Zu groß: %1</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>&amp;Breite:</translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation>&amp;Höhe:</translation>
    </message>
    <message>
        <source>&amp;Scale:</source>
        <translation>&amp;Skalierung:</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>there is no plot</source>
        <translation>es gibt kein Diagramm</translation>
    </message>
    <message>
        <source>the plot has no size</source>
        <translation>das Diagramm hat keine Größe</translation>
    </message>
    <message>
        <source>the scale must be positive</source>
        <translation>die Skalierung muss positiv sein</translation>
    </message>
    <message>
        <source>the image could not be drawn</source>
        <translation>das Bild konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>the plot could not be drawn</source>
        <translation>das Diagramm konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>a plot is written as PNG, SVG or PDF; the name must end in one of these</source>
        <translation>ein Diagramm wird als PNG, SVG oder PDF geschrieben; der Name muss auf eine dieser Endungen enden</translation>
    </message>
    <message>
        <source>the graph is written as SVG, PNG, PDF or DOT; the name must end in one of these</source>
        <translation>der Graph wird als SVG, PNG, PDF oder DOT geschrieben; der Name muss auf eine dieser Endungen enden</translation>
    </message>
    <message>
        <source>there is no graph yet</source>
        <translation>es gibt noch keinen Graphen</translation>
    </message>
    <message>
        <source>there is no graph drawn yet</source>
        <translation>es ist noch kein Graph gezeichnet</translation>
    </message>
    <message>
        <source>the graph could not be drawn</source>
        <translation>der Graph konnte nicht gezeichnet werden</translation>
    </message>
    <message>
        <source>Export plot</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-Zeichnung (*.svg)</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>There is no graph to export yet: it appears when a search runs.</source>
        <translation>Es gibt noch keinen Graphen zum Exportieren: Er erscheint, wenn eine Suche läuft.</translation>
    </message>
    <message>
        <source>Graphviz DOT text (*.dot *.gv)</source>
        <translation>Graphviz-DOT-Text (*.dot *.gv)</translation>
    </message>
    <message>
        <source>Plot menu</source>
        <translation>Diagrammmenü</translation>
    </message>
    <message>
        <source>&amp;Export image…</source>
        <translation>Bild e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save this plot as a PNG image, an SVG drawing or a PDF document</source>
        <translation>Dieses Diagramm als PNG-Bild, SVG-Zeichnung oder PDF-Dokument speichern</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy this plot to the clipboard as an image, at twice its size on screen</source>
        <translation>Dieses Diagramm als Bild in die Zwischenablage kopieren, in doppelter Bildschirmgröße</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
</context>
<context>
    <name>Lessons</name>
    <message>
        <source>One hidden node or two: the seed example</source>
        <translation>Ein verborgener Knoten oder zwei: das Seed-Beispiel</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data: &lt;b&gt;y = 2·x1 + exp(5·x2)&lt;/b&gt; on a 10 × 10 grid of x1 and x2 between 0 and 1 (the &lt;i&gt;Data&lt;/i&gt; panel).&lt;/p&gt;&lt;p&gt;The settings are the seed document&apos;s: &lt;b&gt;one hidden node&lt;/b&gt; k1, the primitives none, add, subtract, mult, logistic, exp and relu, 300 epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Daten: &lt;b&gt;y = 2·x1 + exp(5·x2)&lt;/b&gt; auf einem 10 × 10-Gitter von x1 und x2 zwischen 0 und 1 (Bereich &lt;i&gt;Daten&lt;/i&gt;).&lt;/p&gt;&lt;p&gt;Die Einstellungen sind die des Seed-Dokuments: &lt;b&gt;ein verborgener Knoten&lt;/b&gt; k1, die Primitive none, add, subtract, mult, logistic, exp und relu, 300 Epochen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Start (F5)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Watch the loss fall on the left and the weights of the primitives change in the heatmap. The search takes about a second.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Sehen Sie zu, wie links der Verlust fällt und sich in der Heatmap die Gewichte der Primitive ändern. Die Suche dauert etwa eine Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The equation found is a straight line: &lt;b&gt;k1 = −19.37·x1 + 99.44·x2&lt;/b&gt;, y = k1, with R² about 0.66.&lt;/p&gt;&lt;p&gt;Why not the exponential? With one hidden node, k1 is a sum of one primitive of x1 and one of x2. &lt;i&gt;exp&lt;/i&gt; has no coefficient inside it, so it can write exp(x2) but not exp(5·x2); &lt;i&gt;mult&lt;/i&gt; (a·x) has a coefficient but no exponential. The best the search can do is a line.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die gefundene Gleichung ist eine Gerade: &lt;b&gt;k1 = −19.37·x1 + 99.44·x2&lt;/b&gt;, y = k1, mit R² von etwa 0,66.&lt;/p&gt;&lt;p&gt;Warum nicht die Exponentialfunktion? Mit einem verborgenen Knoten ist k1 die Summe eines Primitivs von x1 und eines von x2. &lt;i&gt;exp&lt;/i&gt; hat keinen Koeffizienten in sich und kann daher exp(x2) schreiben, aber nicht exp(5·x2); &lt;i&gt;mult&lt;/i&gt; (a·x) hat einen Koeffizienten, aber keine Exponentialfunktion. Das Beste, was die Suche erreichen kann, ist eine Gerade.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now &lt;b&gt;two hidden nodes&lt;/b&gt;: k2 may take k1 as its input, so an exponential can act on a·x2.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Start (F5)&lt;/b&gt; again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jetzt &lt;b&gt;zwei verborgene Knoten&lt;/b&gt;: k2 darf k1 als Eingang nehmen, also kann eine Exponentialfunktion auf a·x2 wirken.&lt;/p&gt;&lt;p&gt;Drücken Sie noch einmal &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now &lt;b&gt;k1 = logistic(x1) + 4.43·x2&lt;/b&gt; and &lt;b&gt;k2 = relu(x1) − 14.92·x2 + exp(k1)&lt;/b&gt;: exp(k1) contains exp(4.43·x2), close to the exp(5·x2) of the law, and R² rises to about 0.99.&lt;/p&gt;&lt;p&gt;The search does not write the law exactly: the other terms make up for the 4.43. Look at &lt;i&gt;Model vs data&lt;/i&gt; (Ctrl+2) to see how close it comes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jetzt ist &lt;b&gt;k1 = logistic(x1) + 4.43·x2&lt;/b&gt; und &lt;b&gt;k2 = relu(x1) − 14.92·x2 + exp(k1)&lt;/b&gt;: exp(k1) enthält exp(4.43·x2), nahe am exp(5·x2) des Gesetzes, und R² steigt auf etwa 0,99.&lt;/p&gt;&lt;p&gt;Die Suche schreibt das Gesetz nicht genau: die anderen Terme gleichen die 4.43 aus. Sehen Sie unter &lt;i&gt;Modell und Daten&lt;/i&gt; (Strg+2) nach, wie nahe sie kommt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The Weber-Fechner law</source>
        <translation>Das Weber-Fechner-Gesetz</translation>
    </message>
    <message>
        <source>&lt;p&gt;Two stimuli of strengths &lt;b&gt;S1&lt;/b&gt; and &lt;b&gt;S2&lt;/b&gt;; the target is the difference a person detects, made here as &lt;b&gt;ln(S2/S1)&lt;/b&gt; plus noise.&lt;/p&gt;&lt;p&gt;The settings: two hidden nodes, the primitives none, ln and linear, trained output weights, 200 epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Zwei Reize der Stärken &lt;b&gt;S1&lt;/b&gt; und &lt;b&gt;S2&lt;/b&gt;; das Ziel ist der Unterschied, den eine Person wahrnimmt, hier erzeugt als &lt;b&gt;ln(S2/S1)&lt;/b&gt; plus Rauschen.&lt;/p&gt;&lt;p&gt;Die Einstellungen: zwei verborgene Knoten, die Primitive none, ln und linear, trainierte Ausgangsgewichte, 200 Epochen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Start (F5)&lt;/b&gt;. The search takes under a second.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;. Die Suche dauert weniger als eine Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The &lt;i&gt;Closed form&lt;/i&gt; tab (under the graph) reads about &lt;b&gt;1.00·ln(S2) − 1.00·ln(S1)&lt;/b&gt; plus tiny terms, which is ln(S2/S1): the law. R² is 0.9999.&lt;/p&gt;&lt;p&gt;Why two nodes and trained output weights? ln enters a node with a plus sign only; the output weights give ln(S1) its minus.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Reiter &lt;i&gt;Geschlossene Form&lt;/i&gt; (unter dem Graphen) zeigt etwa &lt;b&gt;1.00·ln(S2) − 1.00·ln(S1)&lt;/b&gt; plus winzige Terme, also ln(S2/S1): das Gesetz. R² ist 0,9999.&lt;/p&gt;&lt;p&gt;Warum zwei Knoten und trainierte Ausgangsgewichte? ln geht nur mit Pluszeichen in einen Knoten ein; die Ausgangsgewichte geben ln(S1) sein Minus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;DARTS follows gradients from a random start. Try another start: the seed is now &lt;b&gt;2&lt;/b&gt;. Press &lt;b&gt;Start (F5)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;DARTS folgt Gradienten von einem zufälligen Start aus. Probieren Sie einen anderen Start: der Seed ist jetzt &lt;b&gt;2&lt;/b&gt;. Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With seed 2 the search settles on another equation, with ln(S2) but without ln(S1), and R² falls to about 0.65.&lt;/p&gt;&lt;p&gt;A search can stop in a poorer place: run a few seeds and compare their fits before trusting one.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit Seed 2 landet die Suche bei einer anderen Gleichung, mit ln(S2), aber ohne ln(S1), und R² fällt auf etwa 0,65.&lt;/p&gt;&lt;p&gt;Eine Suche kann an einer schlechteren Stelle stehen bleiben: lassen Sie einige Seeds laufen und vergleichen Sie die Anpassungen, bevor Sie einer trauen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The complexity penalty</source>
        <translation>Die Komplexitätsstrafe</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;arch_weight_decay_df&lt;/b&gt; (Settings) penalises complexity: at every architecture step, each primitive&apos;s weight is pulled down in proportion to its degrees of freedom (1 plus its coefficients: ln 1, linear 3; none is free).&lt;/p&gt;&lt;p&gt;The data are the Weber-Fechner example; the penalty is the default, 0.0003.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;arch_weight_decay_df&lt;/b&gt; (Suchparameter) bestraft Komplexität: bei jedem Architekturschritt wird das Gewicht jedes Primitivs proportional zu seinen Freiheitsgraden gesenkt (1 plus seine Koeffizienten: ln 1, linear 3; none kostet nichts).&lt;/p&gt;&lt;p&gt;Die Daten sind das Weber-Fechner-Beispiel; die Strafe ist die voreingestellte, 0.0003.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Start (F5)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;With the default penalty the search finds ln(S2) − ln(S1), with 6 coefficients.&lt;/p&gt;&lt;p&gt;The penalty is now &lt;b&gt;0.03&lt;/b&gt;, a hundred times more. Press &lt;b&gt;Start (F5)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mit der voreingestellten Strafe findet die Suche ln(S2) − ln(S1), mit 6 Koeffizienten.&lt;/p&gt;&lt;p&gt;Die Strafe ist jetzt &lt;b&gt;0.03&lt;/b&gt;, hundertmal mehr. Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Only &lt;b&gt;ln(S1)&lt;/b&gt; is left: k1 = 0, k2 = ln(S1). The model has 2 coefficients, and R² is below zero: the penalty outweighed what ln(S2) added to the fit.&lt;/p&gt;&lt;p&gt;The penalty is now &lt;b&gt;0.1&lt;/b&gt;. Press &lt;b&gt;Start (F5)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Nur &lt;b&gt;ln(S1)&lt;/b&gt; bleibt übrig: k1 = 0, k2 = ln(S1). Das Modell hat 2 Koeffizienten, und R² liegt unter null: die Strafe wog mehr als das, was ln(S2) zur Anpassung beitrug.&lt;/p&gt;&lt;p&gt;Die Strafe ist jetzt &lt;b&gt;0.1&lt;/b&gt;. Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Every edge is &lt;b&gt;none&lt;/b&gt;: the model predicts 0.&lt;/p&gt;&lt;p&gt;Keep the penalty small, and raise it only as long as the fit stays good: it removes terms the data do not need, and then the terms they do need.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jede Kante ist &lt;b&gt;none&lt;/b&gt;: das Modell sagt 0 vorher.&lt;/p&gt;&lt;p&gt;Halten Sie die Strafe klein und erhöhen Sie sie nur, solange die Anpassung gut bleibt: sie entfernt Terme, die die Daten nicht brauchen, und danach die, die sie brauchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Max or sample: the mixture and the model</source>
        <translation>Max oder Ziehen: die Mischung und das Modell</translation>
    </message>
    <message>
        <source>&lt;p&gt;During the search every edge is a &lt;b&gt;mixture&lt;/b&gt; of all primitives, weighted by the architecture weights. At the end one primitive per edge is kept: the &lt;b&gt;discrete model&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;The seed example with two hidden nodes is loaded. The &lt;i&gt;Mixture and model&lt;/i&gt; tab shows both predictions against the data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Während der Suche ist jede Kante eine &lt;b&gt;Mischung&lt;/b&gt; aller Primitive, gewichtet mit den Architekturgewichten. Am Ende bleibt ein Primitiv pro Kante: das &lt;b&gt;diskrete Modell&lt;/b&gt;.&lt;/p&gt;&lt;p&gt;Das Seed-Beispiel mit zwei verborgenen Knoten ist geladen. Der Reiter &lt;i&gt;Mischung und Modell&lt;/i&gt; zeigt beide Vorhersagen zusammen mit den Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The loss of the mixture ends near &lt;b&gt;6&lt;/b&gt;, but the model kept by &lt;b&gt;max&lt;/b&gt; (the heaviest primitive of every edge) has an MSE of about &lt;b&gt;21&lt;/b&gt;: that is the gap between the mixture and the discrete model.&lt;/p&gt;&lt;p&gt;Now press &lt;b&gt;Re-sample (draw)&lt;/b&gt; (Ctrl+Shift+R): each edge draws its primitive at random, in proportion to its weight.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Der Verlust der Mischung endet nahe &lt;b&gt;6&lt;/b&gt;, aber das mit &lt;b&gt;max&lt;/b&gt; behaltene Modell (das schwerste Primitiv jeder Kante) hat einen MSE von etwa &lt;b&gt;21&lt;/b&gt;: das ist die Lücke zwischen der Mischung und dem diskreten Modell.&lt;/p&gt;&lt;p&gt;Drücken Sie jetzt &lt;b&gt;Neu ziehen (zufällig)&lt;/b&gt; (Strg+Umschalt+R): jede Kante zieht ihr Primitiv zufällig, im Verhältnis zu seinem Gewicht.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;A different equation, and a far worse fit: the weights are still spread over several primitives, so a draw often picks a light one.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Re-sample (draw)&lt;/b&gt; (Ctrl+Shift+R) once more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Eine andere Gleichung und eine weit schlechtere Anpassung: die Gewichte sind noch über mehrere Primitive verteilt, also trifft ein Zug oft ein leichtes.&lt;/p&gt;&lt;p&gt;Drücken Sie noch einmal &lt;b&gt;Neu ziehen (zufällig)&lt;/b&gt; (Strg+Umschalt+R).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Another equation. Each draw is a guess; &lt;b&gt;max&lt;/b&gt; takes the best guess.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Re-sample (max)&lt;/b&gt; (Ctrl+R) to go back to it.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch eine Gleichung. Jeder Zug ist eine Vermutung; &lt;b&gt;max&lt;/b&gt; nimmt die beste.&lt;/p&gt;&lt;p&gt;Drücken Sie &lt;b&gt;Neu ziehen (max)&lt;/b&gt; (Strg+R), um zu ihr zurückzukehren.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The max model is back: k2 = relu(x1) − 14.92·x2 + exp(k1).&lt;/p&gt;&lt;p&gt;Sampling shows how sure the search is: when the weights are spread, draws differ; when each edge has one clear winner, draws and max agree and the gap closes.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Das max-Modell ist zurück: k2 = relu(x1) − 14.92·x2 + exp(k1).&lt;/p&gt;&lt;p&gt;Das Ziehen zeigt, wie sicher die Suche ist: sind die Gewichte verteilt, unterscheiden sich die Züge; hat jede Kante einen klaren Sieger, stimmen Züge und max überein und die Lücke schließt sich.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Products need product nodes</source>
        <translation>Produkte brauchen Produktknoten</translation>
    </message>
    <message>
        <source>&lt;p&gt;The data: &lt;b&gt;y = 2·x1·x2&lt;/b&gt; on an 11 × 11 grid of x1 and x2 between −1 and 1, made from the law (as &lt;i&gt;File › New data from formula&lt;/i&gt; does).&lt;/p&gt;&lt;p&gt;The settings are the reference&apos;s: every hidden node &lt;b&gt;adds&lt;/b&gt; its incoming edges; two hidden nodes, the primitives none, add, subtract, linear, linear_logistic, mult and linear_relu, 300 epochs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Daten: &lt;b&gt;y = 2·x1·x2&lt;/b&gt; auf einem 11 × 11-Gitter von x1 und x2 zwischen −1 und 1, aus dem Gesetz erzeugt (wie es &lt;i&gt;Datei › Neue Daten aus Formel&lt;/i&gt; tut).&lt;/p&gt;&lt;p&gt;Die Einstellungen sind die der Referenz: jeder verborgene Knoten &lt;b&gt;addiert&lt;/b&gt; seine eingehenden Kanten; zwei verborgene Knoten, die Primitive none, add, subtract, linear, linear_logistic, mult und linear_relu, 300 Epochen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Press &lt;b&gt;Start (F5)&lt;/b&gt;. The search takes a fraction of a second.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;. Die Suche dauert den Bruchteil einer Sekunde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;The search ends with &lt;b&gt;k1 = 1.40·x1 + 1.40·x2&lt;/b&gt; (plus a constant; the digits differ a little between computers) and a bend of it in k2; the &lt;i&gt;Closed form&lt;/i&gt; tab reads about y = 1.28·x1 + 1.28·x2 + relu(−2.64·x1 − 2.64·x2 − 0.09) − 0.92, with R² about 0.73.&lt;/p&gt;&lt;p&gt;Why not the product? A node that adds can only write a function of x1 plus a function of x2, and on this grid no such sum explains any of x1·x2: the product is positive where x1 and x2 have the same sign and negative where they differ, whatever each is alone. A second node can bend the sum x1 + x2, which gets part of the way; more nodes give tangles of large coefficients that cancel.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Die Suche endet mit &lt;b&gt;k1 = 1.40·x1 + 1.40·x2&lt;/b&gt; (plus einer Konstanten; die Ziffern weichen zwischen Computern etwas ab) und einem Knick davon in k2; der Reiter &lt;i&gt;Geschlossene Form&lt;/i&gt; zeigt etwa y = 1.28·x1 + 1.28·x2 + relu(−2.64·x1 − 2.64·x2 − 0.09) − 0.92, mit R² von etwa 0,73.&lt;/p&gt;&lt;p&gt;Warum nicht das Produkt? Ein Knoten, der addiert, kann nur eine Funktion von x1 plus eine Funktion von x2 schreiben, und auf diesem Gitter erklärt keine solche Summe etwas von x1·x2: das Produkt ist positiv, wo x1 und x2 dasselbe Vorzeichen haben, und negativ, wo sie sich unterscheiden, gleich welchen Wert jedes für sich hat. Ein zweiter Knoten kann die Summe x1 + x2 knicken und kommt damit ein Stück weit; mehr Knoten ergeben Knäuel großer Koeffizienten, die sich aufheben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Now &lt;b&gt;product nodes&lt;/b&gt; are on (Settings, Search space): each hidden node may &lt;b&gt;multiply&lt;/b&gt; its incoming edges instead of adding them. The search chooses, with a weight per node like a primitive&apos;s; the weights heatmap shows it under the edges (k1: + / ×).&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;Start (F5)&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Jetzt sind &lt;b&gt;Produktknoten&lt;/b&gt; eingeschaltet (Suchparameter, Suchraum): jeder verborgene Knoten darf seine eingehenden Kanten &lt;b&gt;multiplizieren&lt;/b&gt;, statt sie zu addieren. Die Suche entscheidet, mit einem Gewicht je Knoten wie dem eines Primitivs; die Heatmap der Gewichte zeigt es unter den Kanten (k1: + / ×).&lt;/p&gt;&lt;p&gt;Drücken Sie &lt;b&gt;Starten (F5)&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;k1 is now a product: &lt;b&gt;k1 = (1.53·x1 + 0.77)·0.65·x2&lt;/b&gt; or close to it (the last digits differ between computers; 1.53·0.65 = 1 and 0.77·0.65 = 0.5 do not), and k2 = −x2 + k1. The &lt;i&gt;Closed form&lt;/i&gt; tab reads &lt;b&gt;y = 2.000·x1·x2&lt;/b&gt;: the law, R² 1.000.&lt;/p&gt;&lt;p&gt;But the equation carries terms that cancel: the 0.77 puts 0.5·x2 into k1, which y counts twice (k2 adds k1 again), and k2&apos;s −x2 takes it away. Four coefficients where one would do.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Refinement&lt;/b&gt; is now on (Settings, Final model): after sampling, it tries equations near the sampled one (other primitives in order of their weights, dropped edges, sum or product nodes), refits each by Levenberg-Marquardt and keeps a simpler one that fits as well. Press &lt;b&gt;Re-sample (max)&lt;/b&gt; (Ctrl+R) and watch its progress in the status bar.&lt;/p&gt;</source>
        <translation>&lt;p&gt;k1 ist jetzt ein Produkt: &lt;b&gt;k1 = (1.53·x1 + 0.77)·0.65·x2&lt;/b&gt; oder nahe daran (die letzten Ziffern weichen zwischen Computern ab; 1.53·0.65 = 1 und 0.77·0.65 = 0.5 nicht), und k2 = −x2 + k1. Der Reiter &lt;i&gt;Geschlossene Form&lt;/i&gt; zeigt &lt;b&gt;y = 2.000·x1·x2&lt;/b&gt;: das Gesetz, R² 1,000.&lt;/p&gt;&lt;p&gt;Aber die Gleichung trägt Terme, die sich aufheben: die 0.77 bringt 0.5·x2 in k1, das y doppelt zählt (k2 addiert k1 noch einmal), und das −x2 in k2 nimmt es wieder weg. Vier Koeffizienten, wo einer genügt.&lt;/p&gt;&lt;p&gt;Die &lt;b&gt;Nachbesserung&lt;/b&gt; ist jetzt eingeschaltet (Suchparameter, Endgültiges Modell): nach dem Ziehen probiert sie Gleichungen in der Nähe der gezogenen (andere Primitive in der Reihenfolge ihrer Gewichte, weggelassene Kanten, Summen- oder Produktknoten), passt jede mit Levenberg-Marquardt an und behält eine einfachere, die ebenso gut passt. Drücken Sie &lt;b&gt;Neu ziehen (max)&lt;/b&gt; (Strg+R) und verfolgen Sie ihren Fortschritt in der Statusleiste.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;k1 = x1·x2&lt;/b&gt; and &lt;b&gt;k2 = k1&lt;/b&gt;: y = k1 + k2 = 2·x1·x2, the law, without a single coefficient to fit, R² 1.000. The output adds the hidden nodes with weight 1 (as the reference&apos;s does), so k2 repeating k1 does what a coefficient of 2 would.&lt;/p&gt;&lt;p&gt;Open the &lt;i&gt;Hall of fame&lt;/i&gt; (Ctrl+H, a tab beside this one): it lists every equation refinement tried with its complexity (coefficients plus operations, the harder ones counting more) and error, and its front joins the best one at each complexity: the constant, then &lt;b&gt;k1 = x1·x2&lt;/b&gt; with k2 empty (the law&apos;s shape at half its size), then the law. Click an entry of the front to load it.&lt;/p&gt;&lt;p&gt;The &lt;b&gt;Discovery&lt;/b&gt; preset (Settings) switches all this on at once, with more primitives, held-out rows, a preference for simpler equations and eight starts.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;k1 = x1·x2&lt;/b&gt; und &lt;b&gt;k2 = k1&lt;/b&gt;: y = k1 + k2 = 2·x1·x2, das Gesetz, ohne einen einzigen anzupassenden Koeffizienten, R² 1,000. Die Ausgabe addiert die verborgenen Knoten mit dem Gewicht 1 (wie die der Referenz), also leistet k2, indem es k1 wiederholt, was ein Koeffizient 2 leisten würde.&lt;/p&gt;&lt;p&gt;Öffnen Sie die &lt;i&gt;Bestenliste&lt;/i&gt; (Strg+H, ein Reiter neben diesem): sie zeigt jede Gleichung, die die Nachbesserung probiert hat, mit ihrer Komplexität (Koeffizienten plus Operationen, die schwierigeren zählen mehr) und ihrem Fehler, und ihre Front verbindet die beste jeder Komplexität: die Konstante, dann &lt;b&gt;k1 = x1·x2&lt;/b&gt; mit leerem k2 (die Form des Gesetzes in halber Größe), dann das Gesetz. Klicken Sie einen Eintrag der Front an, um ihn zu laden.&lt;/p&gt;&lt;p&gt;Die Vorgabe &lt;b&gt;Entdeckung&lt;/b&gt; (Suchparameter) schaltet all das auf einmal ein, mit mehr Primitiven, zurückgehaltenen Zeilen, einer Vorliebe für einfachere Gleichungen und acht Starts.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Made by DARTS Studio on %1.</source>
        <translation>Erstellt mit DARTS Studio am %1.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Closed form</source>
        <translation>Geschlossene Form</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Suchparameter</translation>
    </message>
</context>
<context>
    <name>darts::gui::ClassroomDialog</name>
    <message>
        <source>Classroom mode</source>
        <translation>Unterrichtsmodus</translation>
    </message>
    <message>
        <source>Tick what the class sees. Hidden controls come back here, in the View menu, or with a session saved without them.</source>
        <translation>Kreuzen Sie an, was die Klasse sieht. Verborgene Bedienelemente kommen hier, im Menü Ansicht oder mit einer ohne sie gespeicherten Sitzung zurück.</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Alle zeigen</translation>
    </message>
</context>
<context>
    <name>darts::gui::DataPanel</name>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Data&lt;/b&gt;&lt;p&gt;The table the search learns from. Open a CSV or TSV file with a header line (or drop one here), or pick a built-in example. Then choose the target, the column the equation should predict, and tick the input columns it may use.&lt;/p&gt;&lt;p&gt;Columns with text cannot be used and are greyed out; a column whose values are all the same is marked with a warning, as it carries no information. The statistics and the preview below help to check that the file was read as intended.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Daten&lt;/b&gt;&lt;p&gt;Die Tabelle, aus der die Suche lernt. Öffnen Sie eine CSV- oder TSV-Datei mit Kopfzeile (oder ziehen Sie eine hierher) oder wählen Sie ein eingebautes Beispiel. Wählen Sie dann die Zielgröße, also die Spalte, die die Gleichung vorhersagen soll, und haken Sie die Eingabespalten an, die sie verwenden darf.&lt;/p&gt;&lt;p&gt;Spalten mit Text können nicht verwendet werden und sind ausgegraut; eine Spalte, deren Werte alle gleich sind, wird mit einer Warnung markiert, da sie keine Information enthält. Die Statistik und die Vorschau unten helfen zu prüfen, ob die Datei wie beabsichtigt gelesen wurde.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Read a table from a CSV or TSV file whose first line names the columns.</source>
        <translation>Eine Tabelle aus einer CSV- oder TSV-Datei lesen, deren erste Zeile die Spalten benennt.</translation>
    </message>
    <message>
        <source>Open data file</source>
        <translation>Datendatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>&amp;Beispiele</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Load a built-in data set with a known law, together with settings that find it.</source>
        <translation>Einen eingebauten Datensatz mit bekanntem Gesetz laden, zusammen mit Suchparametern, die es finden.</translation>
    </message>
    <message>
        <source>Built-in examples</source>
        <translation>Eingebaute Beispiele</translation>
    </message>
    <message>
        <source>Recent &amp;files</source>
        <translation>Zuletzt &amp;geöffnet</translation>
    </message>
    <message>
        <source>Data source</source>
        <translation>Datenquelle</translation>
    </message>
    <message>
        <source>Where the data come from.</source>
        <translation>Woher die Daten stammen.</translation>
    </message>
    <message>
        <source>Table size</source>
        <translation>Tabellengröße</translation>
    </message>
    <message>
        <source>Rows and columns read from the source.</source>
        <translation>Aus der Quelle gelesene Zeilen und Spalten.</translation>
    </message>
    <message>
        <source>Generating law</source>
        <translation>Erzeugendes Gesetz</translation>
    </message>
    <message>
        <source>The equation the example&apos;s data were made from: what a good search should find.</source>
        <translation>Die Gleichung, aus der die Daten des Beispiels erzeugt wurden: Das sollte eine gute Suche finden.</translation>
    </message>
    <message>
        <source>The column the equation should predict. Only numeric columns can be chosen.</source>
        <translation>Die Spalte, die die Gleichung vorhersagen soll. Nur numerische Spalten können gewählt werden.</translation>
    </message>
    <message>
        <source>Target column</source>
        <translation>Zielspalte</translation>
    </message>
    <message>
        <source>Tick the columns the equation may use as its variables x1, x2, …</source>
        <translation>Haken Sie die Spalten an, die die Gleichung als Variablen x1, x2, … verwenden darf</translation>
    </message>
    <message>
        <source>Input columns</source>
        <translation>Eingabespalten</translation>
    </message>
    <message>
        <source>Problem with the choice of columns</source>
        <translation>Problem mit der Spaltenauswahl</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Which columns the search uses.</source>
        <translation>Welche Spalten die Suche verwendet.</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>Zielgröße:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Range and mean of the chosen columns: a quick check that the file was read right.</source>
        <translation>Bereich und Mittelwert der gewählten Spalten: eine schnelle Prüfung, ob die Datei richtig gelesen wurde.</translation>
    </message>
    <message>
        <source>Column statistics</source>
        <translation>Spaltenstatistik</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>The table as read. “%1” marks a cell that is not a number.</source>
        <translation>Die Tabelle wie gelesen. „%1“ markiert eine Zelle, die keine Zahl ist.</translation>
    </message>
    <message>
        <source>Data preview</source>
        <translation>Datenvorschau</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Open data</source>
        <translation>Daten öffnen</translation>
    </message>
    <message>
        <source>Data (*.csv *.tsv *.txt)</source>
        <translation>Daten (*.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot load data</source>
        <translation>Daten können nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load “%1”.</source>
        <translation>„%1“ konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The data shown before are kept.</source>
        <translation>Die zuvor angezeigten Daten bleiben erhalten.</translation>
    </message>
    <message>
        <source>No data are loaded.</source>
        <translation>Es sind keine Daten geladen.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <source>1 column</source>
        <translation>1 Spalte</translation>
    </message>
    <message>
        <source>%1 columns</source>
        <translation>%1 Spalten</translation>
    </message>
    <message>
        <source>No data loaded</source>
        <translation>Keine Daten geladen</translation>
    </message>
    <message>
        <source>Open a CSV or TSV file, drop one here, or choose an example.</source>
        <translation>Öffnen Sie eine CSV- oder TSV-Datei, ziehen Sie eine hierher oder wählen Sie ein Beispiel.</translation>
    </message>
    <message>
        <source>Law: %1</source>
        <translation>Gesetz: %1</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
    <message>
        <source>Every value of “%1” is %2: as an input it carries no information.</source>
        <translation>Jeder Wert von „%1“ ist %2: Als Eingabe enthält die Spalte keine Information.</translation>
    </message>
    <message>
        <source>Use “%1” as an input of the equation.</source>
        <translation>„%1“ als Eingabe der Gleichung verwenden.</translation>
    </message>
    <message>
        <source>%1 (target)</source>
        <translation>%1 (Zielgröße)</translation>
    </message>
    <message>
        <source>No data are loaded yet.</source>
        <translation>Es sind noch keine Daten geladen.</translation>
    </message>
    <message>
        <source>The table has no numeric column to use as the target.</source>
        <translation>Die Tabelle hat keine numerische Spalte, die als Zielgröße dienen kann.</translation>
    </message>
    <message>
        <source>Tick at least one input column.</source>
        <translation>Haken Sie mindestens eine Eingabespalte an.</translation>
    </message>
    <message>
        <source>All values are the same.</source>
        <translation>Alle Werte sind gleich.</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear list</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>Forget the files opened before.</source>
        <translation>Die zuvor geöffneten Dateien vergessen.</translation>
    </message>
    <message>
        <source>Seed example: a sum of a line and an exponential</source>
        <translation>Seed-Beispiel: Summe aus einer Geraden und einer Exponentialfunktion</translation>
    </message>
    <message>
        <source>Weber-Fechner law: perceived difference of two stimuli</source>
        <translation>Weber-Fechner-Gesetz: wahrgenommener Unterschied zweier Reize</translation>
    </message>
    <message>
        <source>Stevens&apos; power law: perceived magnitude of a stimulus</source>
        <translation>Stevenssche Potenzfunktion: wahrgenommene Stärke eines Reizes</translation>
    </message>
    <message>
        <source>Exponential learning curve: accuracy over practice trials</source>
        <translation>Exponentielle Lernkurve: Genauigkeit über die Übungsdurchgänge</translation>
    </message>
    <message>
        <source>Decimal comma</source>
        <translation>Dezimalkomma</translation>
    </message>
    <message>
        <source>Drop those rows</source>
        <translation>Diese Zeilen weglassen</translation>
    </message>
    <message>
        <source>Refuse the file</source>
        <translation>Datei ablehnen</translation>
    </message>
    <message>
        <source>Leave out every row with an empty cell in a numeric column; the panel says how many.</source>
        <translation>Jede Zeile mit einer leeren Zelle in einer numerischen Spalte weglassen; das Feld nennt ihre Anzahl.</translation>
    </message>
    <message>
        <source>Do not load a file with an empty cell in a numeric column; the message names the cell.</source>
        <translation>Eine Datei mit einer leeren Zelle in einer numerischen Spalte nicht laden; die Meldung nennt die Zelle.</translation>
    </message>
    <message>
        <source>What to do with a row that has an empty cell (a missing value) in a numeric column: leave the row out, with the count shown, or refuse the whole file so that you can fill the cells in.</source>
        <translation>Was mit einer Zeile geschieht, die in einer numerischen Spalte eine leere Zelle (einen fehlenden Wert) hat: die Zeile weglassen und die Anzahl anzeigen, oder die ganze Datei ablehnen, damit Sie die Zellen füllen können.</translation>
    </message>
    <message>
        <source>Missing values</source>
        <translation>Fehlende Werte</translation>
    </message>
    <message>
        <source>Missing values:</source>
        <translation>Fehlende Werte:</translation>
    </message>
    <message>
        <source>Reading the file</source>
        <translation>Datei wird gelesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop reading the file; the data shown stay.</source>
        <translation>Das Lesen der Datei abbrechen; die angezeigten Daten bleiben.</translation>
    </message>
    <message>
        <source>Notes on the data</source>
        <translation>Hinweise zu den Daten</translation>
    </message>
    <message>
        <source>What was left out of the file, and columns that cannot help the search.</source>
        <translation>Was aus der Datei weggelassen wurde, und Spalten, die der Suche nicht helfen können.</translation>
    </message>
    <message>
        <source>Reading %1… %p%</source>
        <translation>Lese %1… %p%</translation>
    </message>
    <message>
        <source>To read the file without the rows that have empty cells, choose “%1” under Missing values.</source>
        <translation>Um die Datei ohne die Zeilen mit leeren Zellen zu lesen, wählen Sie „%1“ unter Fehlende Werte.</translation>
    </message>
    <message>
        <source>Reading the file was cancelled.</source>
        <translation>Das Lesen der Datei wurde abgebrochen.</translation>
    </message>
    <message>
        <source>It can be neither an input nor the target.</source>
        <translation>Sie kann weder Eingabe noch Zielgröße sein.</translation>
    </message>
    <message>
        <source>1 row dropped for missing values (line %1).</source>
        <translation>1 Zeile wegen fehlender Werte weggelassen (Zeile %1).</translation>
    </message>
    <message>
        <source>%1 rows dropped for missing values (the first on line %2).</source>
        <translation>%1 Zeilen wegen fehlender Werte weggelassen (die erste in Zeile %2).</translation>
    </message>
    <message>
        <source>Column %1 is not numeric: it can be neither an input nor the target.</source>
        <translation>Spalte %1 ist nicht numerisch: Sie kann weder Eingabe noch Zielgröße sein.</translation>
    </message>
    <message>
        <source>Columns %1 are not numeric: they can be neither inputs nor the target.</source>
        <translation>Die Spalten %1 sind nicht numerisch: Sie können weder Eingaben noch Zielgröße sein.</translation>
    </message>
    <message>
        <source>Column %1 has the same value in every row: it carries no information.</source>
        <translation>Spalte %1 hat in jeder Zeile denselben Wert: Sie trägt keine Information.</translation>
    </message>
    <message>
        <source>Columns %1 have the same value in every row: they carry no information.</source>
        <translation>Die Spalten %1 haben in jeder Zeile denselben Wert: Sie tragen keine Information.</translation>
    </message>
    <message>
        <source>Read “3,14” as 3.14, as files from a German or French locale write it; a point is then text. The fields must be separated by semicolons or tabs, or the numbers quoted.</source>
        <translation>„3,14“ als 3.14 lesen, wie es Dateien aus deutscher oder französischer Umgebung schreiben; ein Punkt ist dann Text. Die Felder müssen durch Semikolons oder Tabulatoren getrennt oder die Zahlen in Anführungszeichen gesetzt sein.</translation>
    </message>
</context>
<context>
    <name>darts::gui::EquationView</name>
    <message>
        <source>Hidden nodes substituted. Terms with coefficients below %1 are left out.</source>
        <translation>Verborgene Knoten eingesetzt. Terme mit Koeffizienten unter %1 sind weggelassen.</translation>
    </message>
    <message>
        <source>No closed form: %1</source>
        <translation>Keine geschlossene Form: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n coefficient(s)</source>
        <translation>
            <numerusform>%n Koeffizient</numerusform>
            <numerusform>%n Koeffizienten</numerusform>
        </translation>
    </message>
    <message>
        <source>MSE %1    R² %2    %3</source>
        <translation>MSE %1    R² %2    %3</translation>
    </message>
    <message>
        <source>No model yet: one is drawn when a search ends, or by Re-sample.</source>
        <translation>Noch kein Modell: Es wird gezogen, wenn eine Suche endet, oder mit „Neu ziehen“.</translation>
    </message>
    <message>
        <source>Training MSE %1    Validation MSE %2    R² %3    %4</source>
        <translation>Trainings-MSE %1    Validierungs-MSE %2    R² %3    %4</translation>
    </message>
    <message>
        <source>Notes on the search</source>
        <translation>Hinweise zur Suche</translation>
    </message>
    <message>
        <source>What the search could not use, or what its model means</source>
        <translation>Was die Suche nicht verwenden konnte oder was ihr Modell bedeutet</translation>
    </message>
</context>
<context>
    <name>darts::gui::FormulaDialog</name>
    <message>
        <source>New data from formula</source>
        <translation>Neue Daten aus einer Formel</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>Gesetz</translation>
    </message>
    <message>
        <source>The law the data follow: target = expression. Any other name is an input. Functions: exp, log (ln), sin, cos, tan, sinh, cosh, tanh, sqrt, abs, pow(a, b) or a^b, logistic, relu, softplus; constants Pi, Euler.</source>
        <translation>Das Gesetz, dem die Daten folgen: Zielgröße = Ausdruck. Jeder andere Name ist eine Eingabe. Funktionen: exp, log (ln), sin, cos, tan, sinh, cosh, tanh, sqrt, abs, pow(a, b) oder a^b, logistic, relu, softplus; Konstanten Pi, Euler.</translation>
    </message>
    <message>
        <source>&amp;Law:</source>
        <translation>&amp;Gesetz:</translation>
    </message>
    <message>
        <source>Check of the law</source>
        <translation>Prüfung des Gesetzes</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Input ranges</source>
        <translation>Bereiche der Eingaben</translation>
    </message>
    <message>
        <source>Each input is drawn between these two values (both included on a grid)</source>
        <translation>Jede Eingabe wird zwischen diesen beiden Werten gezogen (beide im Gitter enthalten)</translation>
    </message>
    <message>
        <source>&amp;Random (uniform in the ranges)</source>
        <translation>&amp;Zufällig (gleichverteilt in den Bereichen)</translation>
    </message>
    <message>
        <source>&amp;Grid (evenly spaced, every combination)</source>
        <translation>&amp;Gitter (gleichmäßig verteilt, jede Kombination)</translation>
    </message>
    <message>
        <source>Number of points</source>
        <translation>Anzahl der Punkte</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Noise level</source>
        <translation>Rauschstärke</translation>
    </message>
    <message>
        <source>Gaussian noise added to the target; its standard deviation is this percentage of the standard deviation of the noiseless target</source>
        <translation>Gaußsches Rauschen auf der Zielgröße; seine Standardabweichung ist dieser Prozentsatz der Standardabweichung der rauschfreien Zielgröße</translation>
    </message>
    <message>
        <source>&amp;Noise (% of the target&apos;s standard deviation):</source>
        <translation>&amp;Rauschen (% der Standardabweichung der Zielgröße):</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>The same seed gives the same points and noise</source>
        <translation>Derselbe Startwert ergibt dieselben Punkte und dasselbe Rauschen</translation>
    </message>
    <message>
        <source>&amp;Seed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Create data</source>
        <translation>Daten erzeugen</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Sampling:</source>
        <translation>Verteilung:</translation>
    </message>
    <message>
        <source>Lowest %1</source>
        <translation>Kleinster Wert von %1</translation>
    </message>
    <message>
        <source>Highest %1</source>
        <translation>Größter Wert von %1</translation>
    </message>
    <message>
        <source>Points along &amp;each input:</source>
        <translation>Punkte je &amp;Eingabe:</translation>
    </message>
    <message>
        <source>&amp;Points:</source>
        <translation>&amp;Punkte:</translation>
    </message>
    <message>
        <source>→ more than %L1 rows: too many</source>
        <translation>→ mehr als %L1 Zeilen: zu viele</translation>
    </message>
    <message>
        <source>→ %L1 rows</source>
        <translation>→ %L1 Zeilen</translation>
    </message>
    <message>
        <source>More than %L1 rows; use fewer points.</source>
        <translation>Mehr als %L1 Zeilen; verwenden Sie weniger Punkte.</translation>
    </message>
    <message>
        <source>Inputs: %1 — target: %2</source>
        <translation>Eingaben: %1 — Zielgröße: %2</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
</context>
<context>
    <name>darts::gui::GapPlot</name>
    <message>
        <source>data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>mixture (search network)</source>
        <translation>Mischung (Suchnetz)</translation>
    </message>
    <message>
        <source>max of the mixture, same coefficients</source>
        <translation>max der Mischung, gleiche Koeffizienten</translation>
    </message>
    <message>
        <source>sampled model (refitted)</source>
        <translation>gezogenes Modell (nachangepasst)</translation>
    </message>
    <message>
        <source>rows, ordered by the observed value</source>
        <translation>Zeilen, nach dem beobachteten Wert geordnet</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>The data, the search network&apos;s mixture and the discrete models, rows ordered by the observed value. During the search every edge mixes all primitives; the discrete model keeps one per edge. The distance between the blue and the other lines is the gap between the two.</source>
        <translation>Die Daten, die Mischung des Suchnetzes und die diskreten Modelle, die Zeilen nach dem beobachteten Wert geordnet. Während der Suche mischt jede Kante alle Primitive; das diskrete Modell behält eines pro Kante. Der Abstand zwischen der blauen und den anderen Linien ist die Lücke zwischen beiden.</translation>
    </message>
    <message>
        <source>mixture: %1 · max of the mixture, same coefficients: %2 · sampled model (refitted): %3</source>
        <translation>Mischung: %1 · max der Mischung, gleiche Koeffizienten: %2 · gezogenes Modell (nachangepasst): %3</translation>
    </message>
    <message>
        <source>Mean squared error on a fixed sample of %L1 of the %L2 rows — %3</source>
        <translation>Mittlerer quadratischer Fehler auf einer festen Stichprobe von %L1 der %L2 Zeilen — %3</translation>
    </message>
    <message>
        <source>Mean squared error on all rows — %1</source>
        <translation>Mittlerer quadratischer Fehler auf allen Zeilen — %1</translation>
    </message>
</context>
<context>
    <name>darts::gui::GraphLayout</name>
    <message>
        <source>There is no graph text to draw.</source>
        <translation>Es gibt keinen Graphentext zum Zeichnen.</translation>
    </message>
    <message>
        <source>Graphviz could not start.</source>
        <translation>Graphviz konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>The graph text could not be read.</source>
        <translation>Der Graphentext konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The graph text could not be read: %1</source>
        <translation>Der Graphentext konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph (%1). If its &quot;dot&quot; layout plugin is missing, run &quot;dot -c&quot; as root to register Graphviz&apos;s plugins.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen (%1). Falls das Layout-Plugin „dot“ fehlt, führen Sie „dot -c“ als root aus, um die Plugins von Graphviz zu registrieren.</translation>
    </message>
</context>
<context>
    <name>darts::gui::GraphPanel</name>
    <message>
        <source>Live mixture</source>
        <translation>Aktuelle Mischung</translation>
    </message>
    <message>
        <source>Show the live mixture</source>
        <translation>Aktuelle Mischung anzeigen</translation>
    </message>
    <message>
        <source>Sampled model</source>
        <translation>Gezogenes Modell</translation>
    </message>
    <message>
        <source>Show the sampled model</source>
        <translation>Gezogenes Modell anzeigen</translation>
    </message>
    <message>
        <source>Graph panel</source>
        <translation>Graphbereich</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom in (%1)</source>
        <translation>Vergrößern (%1)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Zoom out (%1)</source>
        <translation>Verkleinern (%1)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph to the window (%1)</source>
        <translation>Graph an das Fenster anpassen (%1)</translation>
    </message>
    <message>
        <source>Fit the graph to the window</source>
        <translation>Graph an das Fenster anpassen</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Graph exportieren</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy the graph image</source>
        <translation>Graphbild kopieren</translation>
    </message>
    <message>
        <source>There is no graph to copy yet: it appears when a search runs.</source>
        <translation>Es gibt noch keinen Graphen zum Kopieren: Er erscheint, wenn eine Suche läuft.</translation>
    </message>
    <message>
        <source>Graph menu</source>
        <translation>Graphmenü</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the graph as SVG, PNG, PDF or DOT</source>
        <translation>Den Graphen als SVG, PNG, PDF oder DOT speichern</translation>
    </message>
    <message>
        <source>&amp;Copy image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the graph to the clipboard as an image</source>
        <translation>Den Graphen als Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Press Start to search</source>
        <translation>Drücken Sie „Starten“, um zu suchen</translation>
    </message>
    <message>
        <source>No sampled model yet: it appears when the search ends.</source>
        <translation>Noch kein gezogenes Modell: Es erscheint, wenn die Suche endet.</translation>
    </message>
    <message>
        <source>The graph cannot be drawn.
%1</source>
        <translation>Der Graph kann nicht gezeichnet werden.
%1</translation>
    </message>
    <message>
        <source>The computation graph, laid out by Graphviz. The live mixture draws every edge by the weight of its leading primitive; the sampled model shows the one primitive per edge that was kept, with its fitted coefficients. Click an edge to see its weights; zoom with Ctrl and the mouse wheel, Ctrl+0 fits the graph to the panel.</source>
        <translation>Der Berechnungsgraph, angeordnet von Graphviz. Die aktuelle Mischung zeichnet jede Kante nach dem Gewicht ihres führenden Primitivs; das gezogene Modell zeigt das eine Primitiv je Kante, das behalten wurde, mit seinen angepassten Koeffizienten. Klicken Sie auf eine Kante, um ihre Gewichte zu sehen; zoomen Sie mit Strg und dem Mausrad, Strg+0 passt den Graphen in das Feld ein.</translation>
    </message>
    <message>
        <source>Live mixture: the search as it runs, every edge drawn by the weight of its leading operation</source>
        <translation>Aktuelle Mischung: die Suche während des Laufs, jede Kante gezeichnet nach dem Gewicht ihrer führenden Operation</translation>
    </message>
    <message>
        <source>Sampled model: one operation per edge, with its fitted coefficients</source>
        <translation>Gezogenes Modell: eine Operation pro Kante, mit ihren angepassten Koeffizienten</translation>
    </message>
    <message>
        <source>Export…: save the graph on screen as an SVG drawing, a PNG image, a PDF document or Graphviz DOT text</source>
        <translation>Exportieren…: den angezeigten Graphen als SVG-Zeichnung, PNG-Bild, PDF-Dokument oder Graphviz-DOT-Text speichern</translation>
    </message>
    <message>
        <source>Copy image: the graph on screen to the clipboard</source>
        <translation>Bild kopieren: den angezeigten Graphen in die Zwischenablage legen</translation>
    </message>
    <message>
        <source>Live &amp;mixture</source>
        <translation>Aktuelle &amp;Mischung</translation>
    </message>
    <message>
        <source>Sampled &amp;model</source>
        <translation>Gezogenes M&amp;odell</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Verk&amp;leinern</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;In das Fenster einpassen</translation>
    </message>
</context>
<context>
    <name>darts::gui::GraphView</name>
    <message>
        <source>The computation graph. Click an arrow to select its edge; Ctrl+wheel zooms, dragging pans.</source>
        <translation>Der Berechnungsgraph. Klicken Sie auf einen Pfeil, um seine Kante auszuwählen; Ctrl+Mausrad zoomt, Ziehen verschiebt.</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>Berechnungsgraph</translation>
    </message>
    <message>
        <source>Inputs, hidden nodes and outputs from left to right; each arrow is an edge labelled with its operation.</source>
        <translation>Eingaben, verborgene Knoten und Ausgaben von links nach rechts; jeder Pfeil ist eine Kante, beschriftet mit ihrer Operation.</translation>
    </message>
    <message>
        <source>%1 → %2%3</source>
        <translation>%1 → %2%3</translation>
    </message>
    <message>
        <source>Click to select this edge.</source>
        <translation>Klicken, um diese Kante auszuwählen.</translation>
    </message>
</context>
<context>
    <name>darts::gui::HallOfFameModel</name>
    <message>
        <source>On the front: no simpler model has a lower error.</source>
        <translation>Auf der Front: kein einfacheres Modell hat einen kleineren Fehler.</translation>
    </message>
    <message>
        <source>sampled</source>
        <translation>gezogen</translation>
    </message>
    <message>
        <source>refined</source>
        <translation>nachgebessert</translation>
    </message>
    <message>
        <source>★: on the front, the best model of its complexity that no simpler one beats</source>
        <translation>★: auf der Front, das beste Modell seiner Komplexität, das kein einfacheres schlägt</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Front</translation>
    </message>
    <message>
        <source>Complexity</source>
        <translation>Komplexität</translation>
    </message>
    <message>
        <source>Coefficients the model fits</source>
        <translation>Koeffizienten, die das Modell anpasst</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>Mean squared error on the rows the model was fitted on</source>
        <translation>Mittlerer quadratischer Fehler auf den Zeilen, an die das Modell angepasst wurde</translation>
    </message>
    <message>
        <source>Training MSE</source>
        <translation>Trainings-MSE</translation>
    </message>
    <message>
        <source>Mean squared error on the held-out rows (— when none are held out): what models are compared by</source>
        <translation>Mittlerer quadratischer Fehler auf den zurückgehaltenen Zeilen (—, wenn keine zurückgehalten sind): danach werden Modelle verglichen</translation>
    </message>
    <message>
        <source>Held-out MSE</source>
        <translation>MSE zurückgehalten</translation>
    </message>
    <message>
        <source>Drawn from the weights (sampled) or found by refinement (refined)</source>
        <translation>Aus den Gewichten gezogen (gezogen) oder von der Nachbesserung gefunden (nachgebessert)</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>The seed of the search (start) that found it</source>
        <translation>Der Seed der Suche (des Starts), die es gefunden hat</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>The model&apos;s equations, one node after the other</source>
        <translation>Die Gleichungen des Modells, ein Knoten nach dem anderen</translation>
    </message>
    <message>
        <source>Equation</source>
        <translation>Gleichung</translation>
    </message>
    <message>
        <source>Coefficients plus operation cost: what the front ranks size by</source>
        <translation>Koeffizienten plus Operationskosten: danach ordnet die Front die Größe</translation>
    </message>
    <message>
        <source>The primitives applied, each by how complex it reads (1: add, subtract, mult, linear; 2: powers, reciprocals, relu; 3: exp, ln, logistic, tanh, sin, cos and the other transcendental ones), plus 1 a product node</source>
        <translation>Die angewandten Primitive, jedes danach gewichtet, wie komplex es sich liest (1: add, subtract, mult, linear; 2: Potenzen, Kehrwerte, relu; 3: exp, ln, logistic, tanh, sin, cos und die übrigen transzendenten), plus 1 je Produktknoten</translation>
    </message>
    <message>
        <source>Operation cost</source>
        <translation>Operationskosten</translation>
    </message>
</context>
<context>
    <name>darts::gui::HallOfFamePanel</name>
    <message>
        <source>Hall of fame</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>Hall of fame status</source>
        <translation>Status der Bestenliste</translation>
    </message>
    <message>
        <source>Front o&amp;nly</source>
        <translation>Nur &amp;Front</translation>
    </message>
    <message>
        <source>List only the models on the front</source>
        <translation>Nur die Modelle auf der Front auflisten</translation>
    </message>
    <message>
        <source>Front only</source>
        <translation>Nur Front</translation>
    </message>
    <message>
        <source>L&amp;oad model</source>
        <translation>M&amp;odell laden</translation>
    </message>
    <message>
        <source>Show the selected model in the equations, the graph and the plots</source>
        <translation>Das ausgewählte Modell in den Gleichungen, im Graphen und in den Diagrammen zeigen</translation>
    </message>
    <message>
        <source>Load model from the hall of fame</source>
        <translation>Modell aus der Bestenliste laden</translation>
    </message>
    <message>
        <source>One row per model: click a header to sort, click a row to load its model</source>
        <translation>Eine Zeile je Modell: auf eine Überschrift klicken, um zu sortieren, auf eine Zeile, um ihr Modell zu laden</translation>
    </message>
    <message>
        <source>Hall of fame models</source>
        <translation>Modelle der Bestenliste</translation>
    </message>
    <message>
        <source>Hall of fame: error against complexity</source>
        <translation>Bestenliste: Fehler über Komplexität</translation>
    </message>
    <message>
        <source>Held-out MSE</source>
        <translation>MSE zurückgehalten</translation>
    </message>
    <message>
        <source>Training MSE</source>
        <translation>Trainings-MSE</translation>
    </message>
    <message>
        <source>No models yet: the search adds one when it samples a model, and refinement adds every equation it tries.</source>
        <translation>Noch keine Modelle: die Suche fügt eines hinzu, wenn sie ein Modell zieht, und die Nachbesserung jede Gleichung, die sie probiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n model(s), %1 on the front.</source>
        <translation>
            <numerusform>%n Modell, %1 auf der Front.</numerusform>
            <numerusform>%n Modelle, %1 auf der Front.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complexity: coefficients + operation cost</source>
        <translation>Komplexität: Koeffizienten + Operationskosten</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hall of fame&lt;/b&gt;&lt;p&gt;Every equation the search has evaluated as a discrete model: the one sampled at the end of each search, every one refinement tried, and those of every start of a multi-start. Each is listed with its complexity (coefficients plus operations, each operation counted by how complex it reads: exp or ln more than an addition) and its errors on the training rows and on the held-out rows.&lt;/p&gt;&lt;p&gt;The front (★, and the line in the plot) holds the best model at each complexity that no simpler model beats: read it from the left to see what each extra term buys. Click a row or a point to load that model into the equations, the graph and the plots.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Bestenliste&lt;/b&gt;&lt;p&gt;Jede Gleichung, die die Suche als diskretes Modell bewertet hat: die am Ende jeder Suche gezogene, jede, die die Nachbesserung probiert hat, und die jedes Starts eines Mehrfachstarts. Jede steht mit ihrer Komplexität (Koeffizienten plus Operationen, jede Operation danach gezählt, wie komplex sie sich liest: exp oder ln mehr als eine Addition) und ihren Fehlern auf den Trainingszeilen und den zurückgehaltenen Zeilen.&lt;/p&gt;&lt;p&gt;Die Front (★ und die Linie im Diagramm) enthält das beste Modell jeder Komplexität, das kein einfacheres Modell schlägt: lesen Sie sie von links, um zu sehen, was jeder weitere Term bringt. Klicken Sie auf eine Zeile oder einen Punkt, um das Modell in die Gleichungen, den Graphen und die Diagramme zu laden.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Every model the search evaluated: its error against its complexity. The line joins the front, the best model at each complexity. Click a point to load it. Errors below a trillionth of the front&apos;s largest are drawn at that level.</source>
        <translation>Jedes Modell, das die Suche bewertet hat: sein Fehler über seiner Komplexität. Die Linie verbindet die Front, das beste Modell jeder Komplexität. Klicken Sie auf einen Punkt, um es zu laden. Fehler unter einem Billionstel des größten auf der Front werden auf dieser Höhe gezeichnet.</translation>
    </message>
</context>
<context>
    <name>darts::gui::HelpPage</name>
    <message>
        <source>How DARTS searches</source>
        <translation>Wie DARTS sucht</translation>
    </message>
    <message>
        <source>DARTS Studio looks for an equation that maps the input columns to the target column. The equation is built as a small computation graph: the inputs x1, x2, … feed hidden nodes k1, k2, …, each hidden node may also feed the nodes after it, and the output y is a weighted sum of the hidden nodes. Every arrow of the graph (an &lt;i&gt;edge&lt;/i&gt;) applies one operation, a &lt;i&gt;primitive&lt;/i&gt;, such as a·x, exp(b·x) or ln(x).</source>
        <translation>DARTS Studio sucht eine Gleichung, die die Eingabespalten auf die Zielspalte abbildet. Die Gleichung wird als kleiner Berechnungsgraph aufgebaut: Die Eingaben x1, x2, … speisen die verborgenen Knoten k1, k2, …, jeder verborgene Knoten kann auch die nachfolgenden Knoten speisen, und die Ausgabe y ist eine gewichtete Summe der verborgenen Knoten. Jeder Pfeil des Graphen (eine &lt;i&gt;Kante&lt;/i&gt;) wendet eine Operation an, ein &lt;i&gt;Primitiv&lt;/i&gt;, etwa a·x, exp(b·x) oder ln(x).</translation>
    </message>
    <message>
        <source>The graph at the start of a search with two inputs and two hidden nodes: every edge is still a mixture of all primitives, drawn thin because no primitive leads yet.</source>
        <translation>Der Graph zu Beginn einer Suche mit zwei Eingaben und zwei verborgenen Knoten: Jede Kante ist noch eine Mischung aller Primitive und dünn gezeichnet, weil noch kein Primitiv führt.</translation>
    </message>
    <message>
        <source>A choice made differentiable</source>
        <translation>Eine differenzierbar gemachte Auswahl</translation>
    </message>
    <message>
        <source>Trying every combination of primitives would take forever. Instead, each edge computes &lt;i&gt;all&lt;/i&gt; the primitives you switched on and mixes their results. The share of each primitive is set by its &lt;i&gt;architecture weight&lt;/i&gt;: the softmax of one number α per primitive and edge. Because the mixture is smooth in α, the search can follow the gradient to better architectures instead of trying them one by one.</source>
        <translation>Jede Kombination von Primitiven auszuprobieren würde ewig dauern. Stattdessen berechnet jede Kante &lt;i&gt;alle&lt;/i&gt; eingeschalteten Primitive und mischt ihre Ergebnisse. Der Anteil jedes Primitivs wird durch sein &lt;i&gt;Architekturgewicht&lt;/i&gt; bestimmt: den softmax einer Zahl α pro Primitiv und Kante. Da die Mischung glatt in α ist, kann die Suche dem Gradienten zu besseren Architekturen folgen, statt sie einzeln auszuprobieren.</translation>
    </message>
    <message>
        <source>Two kinds of learning, taking turns</source>
        <translation>Zwei Arten des Lernens im Wechsel</translation>
    </message>
    <message>
        <source>Each epoch alternates two steps on mini-batches of the data:</source>
        <translation>Jede Epoche wechselt zwei Schritte auf Mini-Batches der Daten ab:</translation>
    </message>
    <message>
        <source>the &lt;b&gt;coefficients&lt;/b&gt; inside the primitives (the a and b of a·exp(b·x)) and the output weights take a gradient step with momentum, with learning rate &lt;tt&gt;param_learning_rate&lt;/tt&gt;;</source>
        <translation>die &lt;b&gt;Koeffizienten&lt;/b&gt; in den Primitiven (das a und b von a·exp(b·x)) und die Ausgabegewichte machen einen Gradientenschritt mit Momentum, mit der Lernrate &lt;tt&gt;param_learning_rate&lt;/tt&gt;;</translation>
    </message>
    <message>
        <source>the &lt;b&gt;architecture weights&lt;/b&gt; α take an Adam step with &lt;tt&gt;arch_learning_rate_max&lt;/tt&gt;, penalised by &lt;tt&gt;arch_weight_decay_df&lt;/tt&gt; times each primitive&apos;s number of coefficients, so that simpler primitives win when they explain the data as well.</source>
        <translation>die &lt;b&gt;Architekturgewichte&lt;/b&gt; α machen einen Adam-Schritt mit &lt;tt&gt;arch_learning_rate_max&lt;/tt&gt;, bestraft mit &lt;tt&gt;arch_weight_decay_df&lt;/tt&gt; mal der Anzahl der Koeffizienten jedes Primitivs, sodass einfachere Primitive gewinnen, wenn sie die Daten ebenso gut erklären.</translation>
    </message>
    <message>
        <source>Watch the loss plot fall and the weights heat map sharpen: on every edge one primitive should come to dominate.</source>
        <translation>Beobachten Sie, wie das Verlustdiagramm fällt und die Gewichts-Heatmap schärfer wird: Auf jeder Kante sollte ein Primitiv die Oberhand gewinnen.</translation>
    </message>
    <message>
        <source>From the mixture to an equation</source>
        <translation>Von der Mischung zur Gleichung</translation>
    </message>
    <message>
        <source>When the search ends, a &lt;i&gt;discrete&lt;/i&gt; model is drawn from the weights: &lt;b&gt;max&lt;/b&gt; keeps the strongest primitive on every edge, &lt;b&gt;sample&lt;/b&gt; draws one in proportion to its weight. Its coefficients are then refitted, and a final Levenberg-Marquardt polish finds the best coefficients for that structure. The result is the equation shown in the equation view and drawn in the graph view.</source>
        <translation>Wenn die Suche endet, wird aus den Gewichten ein &lt;i&gt;diskretes&lt;/i&gt; Modell gezogen: &lt;b&gt;max&lt;/b&gt; behält auf jeder Kante das stärkste Primitiv, &lt;b&gt;sample&lt;/b&gt; zieht eines mit einer Wahrscheinlichkeit proportional zu seinem Gewicht. Seine Koeffizienten werden dann neu angepasst, und ein abschließender Levenberg-Marquardt-Feinschliff findet die besten Koeffizienten für diese Struktur. Das Ergebnis ist die Gleichung, die in der Gleichungsansicht angezeigt und in der Graphansicht gezeichnet wird.</translation>
    </message>
    <message>
        <source>The discretization gap</source>
        <translation>Die Diskretisierungslücke</translation>
    </message>
    <message>
        <source>The mixture can fit better than any single primitive per edge. When the weights of an edge are still shared, the discrete model may fit much worse than the loss plot suggested. Search longer, use Continue, or re-sample with &lt;b&gt;sample&lt;/b&gt; a few times and compare.</source>
        <translation>Die Mischung kann besser passen als jedes einzelne Primitiv pro Kante. Wenn sich die Gewichte einer Kante noch verteilen, kann das diskrete Modell viel schlechter passen, als das Verlustdiagramm vermuten ließ. Suchen Sie länger, verwenden Sie „Weitersuchen“ oder ziehen Sie mit &lt;b&gt;sample&lt;/b&gt; einige Male neu und vergleichen Sie.</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Switch off primitives you know cannot occur: fewer choices, faster and surer search.</source>
        <translation>Schalten Sie Primitive ab, die sicher nicht vorkommen können: weniger Auswahl, schnellere und sicherere Suche.</translation>
    </message>
    <message>
        <source>One hidden node can only chain one primitive after the inputs; laws that compose operations need two or more.</source>
        <translation>Ein verborgener Knoten kann nur ein Primitiv hinter die Eingaben schalten; Gesetze, die Operationen verketten, brauchen zwei oder mehr.</translation>
    </message>
    <message>
        <source>The seed makes a run repeatable; a different seed may find a different equation.</source>
        <translation>Der Startwert (Seed) macht einen Lauf wiederholbar; ein anderer Startwert findet womöglich eine andere Gleichung.</translation>
    </message>
    <message>
        <source>Press Shift+F1 and click any control to learn what it does.</source>
        <translation>Drücken Sie Shift+F1 und klicken Sie auf ein Bedienelement, um zu erfahren, was es tut.</translation>
    </message>
    <message>
        <source>Help text</source>
        <translation>Hilfetext</translation>
    </message>
    <message>
        <source>&lt;b&gt;Product nodes&lt;/b&gt;: a hidden node may multiply its incoming edges instead of adding them, chosen by the search with a weight of its own, so that a·x1·x2, ratios (with reciprocal) and a·exp(−c·t) are written directly. The reference&apos;s nodes only add, and a sum of terms in x1 and in x2 cannot write a product: it builds tangles of large coefficients that cancel.</source>
        <translation>&lt;b&gt;Produktknoten&lt;/b&gt;: ein verborgener Knoten darf seine eingehenden Kanten multiplizieren, statt sie zu addieren, von der Suche mit einem eigenen Gewicht gewählt, sodass a·x1·x2, Verhältnisse (mit reciprocal) und a·exp(−c·t) direkt geschrieben werden. Die Knoten der Referenz addieren nur, und eine Summe von Termen in x1 und in x2 kann kein Produkt schreiben: sie baut Knäuel großer Koeffizienten, die sich aufheben.</translation>
    </message>
    <message>
        <source>&lt;b&gt;More primitives&lt;/b&gt;, among them the power a·x^b: %1.</source>
        <translation>&lt;b&gt;Mehr Primitive&lt;/b&gt;, darunter die Potenz a·x^b: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Domain safety&lt;/b&gt;: ln, powers, square roots and reciprocals are never evaluated outside their domain; one that an input column cannot take is not offered on it, and the window says which and why.</source>
        <translation>&lt;b&gt;Definitionsbereich-Schutz&lt;/b&gt;: ln, Potenzen, Quadratwurzeln und Kehrwerte werden nie außerhalb ihres Definitionsbereichs ausgewertet; eines, das eine Eingangsspalte nicht aufnehmen kann, wird auf ihr nicht angeboten, und das Fenster sagt, welches und warum.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Refinement&lt;/b&gt;: after sampling, equations near the sampled one are refitted by Levenberg-Marquardt and the best is kept; every one tried joins the hall of fame (Ctrl+H).</source>
        <translation>&lt;b&gt;Nachbesserung&lt;/b&gt;: nach dem Ziehen werden Gleichungen in der Nähe der gezogenen mit Levenberg-Marquardt angepasst und die beste behalten; jede probierte kommt in die Bestenliste (Strg+H).</translation>
    </message>
    <message>
        <source>&lt;b&gt;A fitted output layer&lt;/b&gt;: each hidden node&apos;s weight in the output and a constant are fitted (the reference fixes them at 1 and 0).</source>
        <translation>&lt;b&gt;Eine angepasste Ausgabeschicht&lt;/b&gt;: das Gewicht jedes verborgenen Knotens in der Ausgabe und eine Konstante werden angepasst (die Referenz hält sie bei 1 und 0 fest).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Held-out rows&lt;/b&gt;: %1% of the rows are kept out of the fit to judge the models.</source>
        <translation>&lt;b&gt;Zurückgehaltene Zeilen&lt;/b&gt;: %1 % der Zeilen bleiben aus der Anpassung heraus, um die Modelle zu beurteilen.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n start(s)&lt;/b&gt; in Model selection (Ctrl+M), each with its own seed; the best is loaded.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Start&lt;/b&gt; in der Modellauswahl (Strg+M), mit eigenem Seed; das beste Modell wird geladen.</numerusform>
            <numerusform>&lt;b&gt;%n Starts&lt;/b&gt; in der Modellauswahl (Strg+M), jeder mit eigenem Seed; das beste Modell wird geladen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Discovery preset</source>
        <translation>Die Vorgabe Entdeckung</translation>
    </message>
    <message>
        <source>The &lt;b&gt;Discovery&lt;/b&gt; button among the settings&apos; presets sets the search up to find a law in your own data. It departs from the reference DARTS regressor in these ways:</source>
        <translation>Die Schaltfläche &lt;b&gt;Entdeckung&lt;/b&gt; unter den Vorgaben der Suchparameter richtet die Suche darauf ein, ein Gesetz in Ihren eigenen Daten zu finden. Sie weicht so vom Referenz-DARTS-Regressor ab:</translation>
    </message>
    <message>
        <source>When to use which:</source>
        <translation>Wann welche:</translation>
    </message>
    <message>
        <source>&lt;b&gt;The reference&apos;s settings&lt;/b&gt; (Reset to defaults, the Seed document and Weber-Fechner presets): to reproduce the reference&apos;s results, to compare with runs published with it, and to teach DARTS as published; the lessons use them.</source>
        <translation>&lt;b&gt;Die Einstellungen der Referenz&lt;/b&gt; (Auf Standardwerte zurücksetzen, die Vorgaben Seed-Dokument und Weber-Fechner): um die Ergebnisse der Referenz nachzuvollziehen, um mit damit veröffentlichten Läufen zu vergleichen und um DARTS so zu lehren, wie es veröffentlicht wurde; die Lektionen verwenden sie.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Discovery&lt;/b&gt;: to find the law behind your own data, above all when it may hold products, ratios or powers. It takes longer (several starts, refinement); read the hall of fame&apos;s front to see what each extra term buys, and prefer the simplest equation that fits the held-out rows.</source>
        <translation>&lt;b&gt;Entdeckung&lt;/b&gt;: um das Gesetz hinter Ihren eigenen Daten zu finden, vor allem wenn es Produkte, Verhältnisse oder Potenzen enthalten kann. Sie dauert länger (mehrere Starts, Nachbesserung); lesen Sie die Front der Bestenliste, um zu sehen, was jeder weitere Term bringt, und ziehen Sie die einfachste Gleichung vor, die zu den zurückgehaltenen Zeilen passt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Parsimony&lt;/b&gt;: the simplest equation wins unless a more complex one&apos;s held-out error is lower by more than %1 standard errors of the row-by-row difference.</source>
        <translation>&lt;b&gt;Sparsamkeit&lt;/b&gt;: die einfachste Gleichung gewinnt, es sei denn, der Fehler einer komplexeren auf den zurückgehaltenen Zeilen ist um mehr als %1 Standardfehler der zeilenweisen Differenz kleiner.</translation>
    </message>
</context>
<context>
    <name>darts::gui::HyperparametersPanel</name>
    <message>
        <source>reference default: %1</source>
        <translation>Referenz-Standardwert: %1</translation>
    </message>
    <message>
        <source>Hyperparameters</source>
        <translation>Hyperparameter</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hyperparameters&lt;/b&gt;&lt;p&gt;Every setting of the search except the candidate operations. The names in the tooltips are those of the reference DARTS regressor, so settings from its scripts can be copied over. Drag a slider for a rough value or type an exact one in the box beside it; learning rates and penalties move on a logarithmic scale.&lt;/p&gt;&lt;p&gt;The preset buttons load the settings of the built-in examples; “Reset to defaults” restores the reference&apos;s defaults.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Hyperparameter&lt;/b&gt;&lt;p&gt;Alle Einstellungen der Suche außer den Kandidatenoperationen. Die Namen in den Tooltips sind die des DARTS-Referenzregressors, sodass Einstellungen aus dessen Skripten übernommen werden können. Ziehen Sie einen Schieberegler für einen groben Wert oder geben Sie einen genauen Wert in das Feld daneben ein; Lernraten und Strafterme bewegen sich auf einer logarithmischen Skala.&lt;/p&gt;&lt;p&gt;Die Vorgabe-Schaltflächen laden die Einstellungen der eingebauten Beispiele; „Auf Standardwerte zurücksetzen“ stellt die Standardwerte der Referenz wieder her.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Search space</source>
        <translation>Suchraum</translation>
    </message>
    <message>
        <source>The shape of the graph the search builds.</source>
        <translation>Die Form des Graphen, den die Suche aufbaut.</translation>
    </message>
    <message>
        <source>Hidden nodes</source>
        <translation>Verborgene Knoten</translation>
    </message>
    <message>
        <source>How many intermediate nodes (k1, k2, …) the graph has; each adds one term to the output. More nodes can express richer equations, but search slower and read harder.</source>
        <translation>Wie viele Zwischenknoten (k1, k2, …) der Graph hat; jeder fügt der Ausgabe einen Term hinzu. Mehr Knoten können reichere Gleichungen ausdrücken, suchen aber langsamer und sind schwerer zu lesen.</translation>
    </message>
    <message>
        <source>Output type</source>
        <translation>Ausgabetyp</translation>
    </message>
    <message>
        <source>How the graph&apos;s raw output becomes a prediction, and which loss measures the misfit. Use real for ordinary measurements.</source>
        <translation>Wie die Rohausgabe des Graphen zur Vorhersage wird und welcher Verlust die Abweichung misst. Verwenden Sie real für gewöhnliche Messwerte.</translation>
    </message>
    <message>
        <source>Any number; the misfit is the mean squared error.</source>
        <translation>Beliebige Zahl; die Abweichung ist der mittlere quadratische Fehler.</translation>
    </message>
    <message>
        <source>A value between 0 and 1, squashed by a logistic curve.</source>
        <translation>Ein Wert zwischen 0 und 1, durch eine logistische Kurve gestaucht.</translation>
    </message>
    <message>
        <source>A probability between 0 and 1 (squashed like sigmoid).</source>
        <translation>Eine Wahrscheinlichkeit zwischen 0 und 1 (gestaucht wie sigmoid).</translation>
    </message>
    <message>
        <source>Like probability; kept so that the reference&apos;s settings load unchanged.</source>
        <translation>Wie probability; beibehalten, damit die Einstellungen der Referenz unverändert geladen werden.</translation>
    </message>
    <message>
        <source>Several target columns that add up to one, such as choice shares (softmax and cross-entropy).</source>
        <translation>Mehrere Zielspalten, die sich zu eins addieren, etwa Wahlanteile (softmax und Kreuzentropie).</translation>
    </message>
    <message>
        <source>DARTS variant</source>
        <translation>DARTS-Variante</translation>
    </message>
    <message>
        <source>How an edge mixes its candidate operations while searching.</source>
        <translation>Wie eine Kante ihre Kandidatenoperationen während der Suche mischt.</translation>
    </message>
    <message>
        <source>The operations compete: their weights always add up to one (softmax).</source>
        <translation>Die Operationen konkurrieren: Ihre Gewichte addieren sich stets zu eins (softmax).</translation>
    </message>
    <message>
        <source>Each operation is weighed on its own (sigmoid), so an early favourite cannot crowd out the others.</source>
        <translation>Jede Operation wird für sich gewichtet (sigmoid), sodass ein früher Favorit die anderen nicht verdrängen kann.</translation>
    </message>
    <message>
        <source>Fit output weights</source>
        <translation>Ausgabegewichte anpassen</translation>
    </message>
    <message>
        <source>Fit a weight for each hidden node in the output sum. Off: every node enters the output with weight 1.</source>
        <translation>Für jeden verborgenen Knoten ein Gewicht in der Ausgabesumme anpassen. Aus: Jeder Knoten geht mit Gewicht 1 in die Ausgabe ein.</translation>
    </message>
    <message>
        <source>Fit output offset</source>
        <translation>Ausgabe-Offset anpassen</translation>
    </message>
    <message>
        <source>Fit a constant added to the output. Off: the constant is 0.</source>
        <translation>Eine zur Ausgabe addierte Konstante anpassen. Aus: Die Konstante ist 0.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <source>How long the search runs and how the data are fed to it.</source>
        <translation>Wie lange die Suche läuft und wie ihr die Daten zugeführt werden.</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>Epochen</translation>
    </message>
    <message>
        <source>Rounds of search; each updates the operation weights, then the coefficients. 0 skips the search and only re-picks and refits the current equation.</source>
        <translation>Suchrunden; jede aktualisiert erst die Operationsgewichte, dann die Koeffizienten. 0 überspringt die Suche und wählt und passt nur die aktuelle Gleichung neu an.</translation>
    </message>
    <message>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <source>Rows looked at by each update. Small batches give quicker, noisier steps; a batch as large as the data uses every row every time.</source>
        <translation>Zeilen, die jede Aktualisierung betrachtet. Kleine Batches geben schnellere, verrauschtere Schritte; ein Batch so groß wie die Daten verwendet jedes Mal jede Zeile.</translation>
    </message>
    <message>
        <source>Weight steps/epoch</source>
        <translation>Gewichtsschritte/Epoche</translation>
    </message>
    <message>
        <source>Updates per round of the operation weights, which decide the operation on each edge.</source>
        <translation>Aktualisierungen der Operationsgewichte pro Runde; diese entscheiden die Operation auf jeder Kante.</translation>
    </message>
    <message>
        <source>Coefficient steps/epoch</source>
        <translation>Koeffizientenschritte/Epoche</translation>
    </message>
    <message>
        <source>Updates per round of the coefficients (a, b, β) while the operation weights stay put.</source>
        <translation>Aktualisierungen der Koeffizienten (a, b, β) pro Runde, während die Operationsgewichte unverändert bleiben.</translation>
    </message>
    <message>
        <source>Where the random numbers start. The same seed, data and settings repeat a run exactly; try another seed to see whether a different start finds a different equation.</source>
        <translation>Wo die Zufallszahlen beginnen. Gleicher Startwert, gleiche Daten und gleiche Einstellungen wiederholen einen Lauf exakt; probieren Sie einen anderen Startwert, um zu sehen, ob ein anderer Anfang eine andere Gleichung findet.</translation>
    </message>
    <message>
        <source>Random seed</source>
        <translation>Startwert (Seed)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Pick a new random seed.</source>
        <translation>Einen neuen zufälligen Startwert wählen.</translation>
    </message>
    <message>
        <source>New random seed</source>
        <translation>Neuer Startwert</translation>
    </message>
    <message>
        <source>Architecture optimiser</source>
        <translation>Architektur-Optimierer</translation>
    </message>
    <message>
        <source>Adam updates of the operation weights, which decide which operation each edge keeps.</source>
        <translation>Adam-Aktualisierungen der Operationsgewichte, die entscheiden, welche Operation jede Kante behält.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Step size of the operation weights. Larger values make the search commit to operations sooner, perhaps too soon.</source>
        <translation>Schrittweite der Operationsgewichte. Größere Werte lassen die Suche sich früher auf Operationen festlegen, womöglich zu früh.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <source>Pulls every operation weight gently back towards zero, so that none wins by drift alone.</source>
        <translation>Zieht jedes Operationsgewicht sanft gegen null, damit keines allein durch Drift gewinnt.</translation>
    </message>
    <message>
        <source>Complexity penalty</source>
        <translation>Komplexitätsstrafe</translation>
    </message>
    <message>
        <source>Counts each fitted coefficient of an operation against it. Raise it to prefer simpler equations.</source>
        <translation>Rechnet jeder Operation ihre angepassten Koeffizienten an. Erhöhen Sie den Wert, um einfachere Gleichungen zu bevorzugen.</translation>
    </message>
    <message>
        <source>Edge penalty</source>
        <translation>Kantenstrafe</translation>
    </message>
    <message>
        <source>Counts against every operation except none, more so with more hidden nodes. Raise it to make the search cut more edges; 0 (slider at the far left) switches it off.</source>
        <translation>Wirkt gegen jede Operation außer none, umso stärker, je mehr verborgene Knoten es gibt. Erhöhen Sie den Wert, damit die Suche mehr Kanten kappt; 0 (Schieberegler ganz links) schaltet sie ab.</translation>
    </message>
    <message>
        <source>Fair DARTS push</source>
        <translation>Fair-DARTS-Schub</translation>
    </message>
    <message>
        <source>Fair DARTS only: how hard each operation weight is pushed towards fully on or fully off, so that the final choice is clear-cut.</source>
        <translation>Nur Fair DARTS: wie stark jedes Operationsgewicht zu ganz an oder ganz aus gedrängt wird, damit die endgültige Wahl eindeutig ist.</translation>
    </message>
    <message>
        <source>Momentum (unused)</source>
        <translation>Momentum (unbenutzt)</translation>
    </message>
    <message>
        <source>Kept so that the reference&apos;s settings load unchanged: the first-order search used here has no use for it.</source>
        <translation>Beibehalten, damit die Einstellungen der Referenz unverändert geladen werden: Die hier verwendete Suche erster Ordnung braucht es nicht.</translation>
    </message>
    <message>
        <source>Coefficient optimiser</source>
        <translation>Koeffizienten-Optimierer</translation>
    </message>
    <message>
        <source>SGD with momentum on the coefficients (a, b, β) and the output weights; the learning rate eases from its start to its end value along a cosine curve within each epoch.</source>
        <translation>SGD mit Momentum für die Koeffizienten (a, b, β) und die Ausgabegewichte; die Lernrate geht innerhalb jeder Epoche entlang einer Kosinuskurve vom Start- zum Endwert über.</translation>
    </message>
    <message>
        <source>Start learning rate</source>
        <translation>Anfangs-Lernrate</translation>
    </message>
    <message>
        <source>Step size of the coefficients at the start of each epoch&apos;s updates.</source>
        <translation>Schrittweite der Koeffizienten zu Beginn der Aktualisierungen jeder Epoche.</translation>
    </message>
    <message>
        <source>End learning rate</source>
        <translation>End-Lernrate</translation>
    </message>
    <message>
        <source>Step size of the coefficients at the end of each epoch&apos;s updates; usually smaller than the start value.</source>
        <translation>Schrittweite der Koeffizienten am Ende der Aktualisierungen jeder Epoche; meist kleiner als der Startwert.</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>Momentum</translation>
    </message>
    <message>
        <source>How much of the previous step carries into the next. Near 1: smoother, but slower to change direction. Must stay below 1.</source>
        <translation>Wie viel des vorigen Schritts in den nächsten übergeht. Nahe 1: glatter, aber langsamer beim Richtungswechsel. Muss unter 1 bleiben.</translation>
    </message>
    <message>
        <source>Pulls every coefficient slightly towards zero at each step, so none grows without need.</source>
        <translation>Zieht jeden Koeffizienten bei jedem Schritt leicht gegen null, damit keiner unnötig wächst.</translation>
    </message>
    <message>
        <source>Output weight decay</source>
        <translation>Gewichtsabnahme der Ausgabe</translation>
    </message>
    <message>
        <source>Extra pull towards zero on the output weights and offset; only matters when they are fitted.</source>
        <translation>Zusätzlicher Zug gegen null auf Ausgabegewichte und Offset; nur wirksam, wenn diese angepasst werden.</translation>
    </message>
    <message>
        <source>Gradient limit</source>
        <translation>Gradientengrenze</translation>
    </message>
    <message>
        <source>Longest gradient a coefficient step may follow; longer ones are shortened. Guards against blow-ups, for example with exp.</source>
        <translation>Längster Gradient, dem ein Koeffizientenschritt folgen darf; längere werden gekürzt. Schützt vor Explosionen, zum Beispiel bei exp.</translation>
    </message>
    <message>
        <source>Final model</source>
        <translation>Endgültiges Modell</translation>
    </message>
    <message>
        <source>How the equation is picked from the search and fitted.</source>
        <translation>Wie die Gleichung aus der Suche gewählt und angepasst wird.</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>Auswahl</translation>
    </message>
    <message>
        <source>How each edge&apos;s operation is picked from its weights at the end.</source>
        <translation>Wie die Operation jeder Kante am Ende aus ihren Gewichten gewählt wird.</translation>
    </message>
    <message>
        <source>The operation with the largest weight: the same equation every time.</source>
        <translation>Die Operation mit dem größten Gewicht: jedes Mal dieselbe Gleichung.</translation>
    </message>
    <message>
        <source>Drawn at random in proportion to the weights: a way to look at runner-up equations.</source>
        <translation>Zufällig gezogen, proportional zu den Gewichten: eine Möglichkeit, sich zweitplatzierte Gleichungen anzusehen.</translation>
    </message>
    <message>
        <source>Refit steps</source>
        <translation>Schritte zum Neu-Anpassen</translation>
    </message>
    <message>
        <source>Coefficient updates that refit the picked equation on its own.</source>
        <translation>Koeffizientenaktualisierungen, die die gewählte Gleichung für sich allein neu anpassen.</translation>
    </message>
    <message>
        <source>Polish the coefficients</source>
        <translation>Koeffizienten verfeinern</translation>
    </message>
    <message>
        <source>After the refit, let the Levenberg-Marquardt method finish fitting the coefficients; it usually reaches the best fit. Off: stop after the refit steps, as the reference does. (Not a reference setting.)</source>
        <translation>Nach dem Neu-Anpassen die Koeffizienten mit dem Levenberg-Marquardt-Verfahren fertig anpassen; es erreicht meist die beste Anpassung. Aus: nach den Schritten zum Neu-Anpassen aufhören, wie die Referenz es tut. (Keine Einstellung der Referenz.)</translation>
    </message>
    <message>
        <source>Hyperparameter list</source>
        <translation>Hyperparameterliste</translation>
    </message>
    <message>
        <source>Seed document</source>
        <translation>Seed-Dokument</translation>
    </message>
    <message>
        <source>Load the settings of the worked example: one hidden node, 300 epochs of 500 coefficient steps, and its own operations.</source>
        <translation>Die Einstellungen des durchgerechneten Beispiels laden: ein verborgener Knoten, 300 Epochen zu je 500 Koeffizientenschritten und eigene Operationen.</translation>
    </message>
    <message>
        <source>Seed document preset</source>
        <translation>Vorgabe Seed-Dokument</translation>
    </message>
    <message>
        <source>Weber-Fechner</source>
        <translation>Weber-Fechner</translation>
    </message>
    <message>
        <source>Load the settings of the Weber-Fechner example: five hidden nodes, 1500 epochs of 100 steps each, operations none, linear and logistic.</source>
        <translation>Die Einstellungen des Weber-Fechner-Beispiels laden: fünf verborgene Knoten, 1500 Epochen zu je 100 Schritten, Operationen none, linear und logistic.</translation>
    </message>
    <message>
        <source>Weber-Fechner preset</source>
        <translation>Vorgabe Weber-Fechner</translation>
    </message>
    <message>
        <source>Reset to defaults</source>
        <translation>Auf Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>Put every setting, and the operations, back to the reference&apos;s defaults.</source>
        <translation>Alle Einstellungen und die Operationen auf die Standardwerte der Referenz zurücksetzen.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Vorgaben:</translation>
    </message>
    <message>
        <source>Settings known to work on the built-in examples.</source>
        <translation>Einstellungen, die bei den eingebauten Beispielen funktionieren.</translation>
    </message>
    <message>
        <source>%1 slider</source>
        <translation>Schieberegler %1</translation>
    </message>
    <message>
        <source>Product nodes</source>
        <translation>Produktknoten</translation>
    </message>
    <message>
        <source>Let each hidden node multiply its incoming edges instead of adding them. The search chooses sum or product per node like a primitive, with a weight of its own (shown under the edges in the weights heatmap), so that a·x1·x2, x1/x2 (with reciprocal) and a·exp(−c·t) can be written. Off: every node adds, as in the reference. (Not a reference setting.)</source>
        <translation>Jeden verborgenen Knoten seine eingehenden Kanten multiplizieren lassen, statt sie zu addieren. Die Suche wählt Summe oder Produkt je Knoten wie ein Primitiv, mit einem eigenen Gewicht (in der Heatmap der Gewichte unter den Kanten gezeigt), sodass a·x1·x2, x1/x2 (mit reciprocal) und a·exp(−c·t) geschrieben werden können. Aus: jeder Knoten addiert, wie in der Referenz. (Keine Einstellung der Referenz.)</translation>
    </message>
    <message>
        <source>Domain safety</source>
        <translation>Definitionsbereich-Schutz</translation>
    </message>
    <message>
        <source>Never evaluate ln, powers, square roots or reciprocals outside their domain: such a primitive is not offered on an input column with values it cannot take (the window says which and why), and elsewhere its argument is kept just inside the domain. Off: the reference&apos;s guards (ln of a negative value is 0). (Not a reference setting.)</source>
        <translation>ln, Potenzen, Quadratwurzeln und Kehrwerte nie außerhalb ihres Definitionsbereichs auswerten: ein solches Primitiv wird auf einer Eingangsspalte mit Werten, die es nicht aufnehmen kann, nicht angeboten (das Fenster sagt, welches und warum), und anderswo wird sein Argument knapp innerhalb des Bereichs gehalten. Aus: die Schutzregeln der Referenz (ln eines negativen Werts ist 0). (Keine Einstellung der Referenz.)</translation>
    </message>
    <message>
        <source>Refine the model</source>
        <translation>Modell nachbessern</translation>
    </message>
    <message>
        <source>After sampling (and after every Re-sample), look for a better equation near the sampled one: other primitives in order of their weights, dropped edges, sum or product nodes, each refitted by Levenberg-Marquardt. A change is kept when it lowers the error on the held-out rows (BIC without them). Stop ends it at once and keeps the best so far. (Not a reference setting.)</source>
        <translation>Nach dem Ziehen (und nach jedem Neu-Ziehen) eine bessere Gleichung in der Nähe der gezogenen suchen: andere Primitive in der Reihenfolge ihrer Gewichte, weggelassene Kanten, Summen- oder Produktknoten, jede mit Levenberg-Marquardt neu angepasst. Eine Änderung bleibt, wenn sie den Fehler auf den zurückgehaltenen Zeilen senkt (ohne sie das BIC). Stoppen beendet sie sofort und behält das bisher beste Modell. (Keine Einstellung der Referenz.)</translation>
    </message>
    <message>
        <source>Refinement budget</source>
        <translation>Budget der Nachbesserung</translation>
    </message>
    <message>
        <source>At most this many equations one refinement refits; each takes a few Levenberg-Marquardt fits. Only used when the model is refined.</source>
        <translation>Höchstens so viele Gleichungen passt eine Nachbesserung an; jede braucht einige Levenberg-Marquardt-Anpassungen. Nur wirksam, wenn das Modell nachgebessert wird.</translation>
    </message>
    <message>
        <source>Parsimony</source>
        <translation>Sparsamkeit</translation>
    </message>
    <message>
        <source>Discovery</source>
        <translation>Entdeckung</translation>
    </message>
    <message>
        <source>Discovery preset</source>
        <translation>Vorgabe Entdeckung</translation>
    </message>
    <message>
        <source>Settings for finding a law in your own data: hidden nodes that may multiply (product nodes), power primitives, domain safety, refinement of the sampled model, a preference for simpler equations, a fitted output layer and %1% of the rows held out to judge the models.</source>
        <translation>Einstellungen, um ein Gesetz in Ihren eigenen Daten zu finden: verborgene Knoten, die multiplizieren dürfen (Produktknoten), Potenz-Primitive, Definitionsbereich-Schutz, Nachbesserung des gezogenen Modells, eine Vorliebe für einfachere Gleichungen, eine angepasste Ausgabeschicht und %1 % der Zeilen zurückgehalten, um die Modelle zu beurteilen.</translation>
    </message>
    <message numerus="yes">
        <source>It also sets the Model selection dock (Ctrl+M) to %n start(s) with different seeds: Run there searches them all and loads the best.</source>
        <translation>
            <numerusform>Sie stellt auch die Modellauswahl (Strg+M) auf %n Start: Ausführen sucht dort und lädt das beste Modell.</numerusform>
            <numerusform>Sie stellt auch die Modellauswahl (Strg+M) auf %n Starts mit verschiedenen Seeds: Ausführen durchsucht dort alle und lädt das beste Modell.</numerusform>
        </translation>
    </message>
    <message>
        <source>This departs from the reference DARTS regressor: to reproduce its results or teach DARTS as published, use the other presets or Reset to defaults.</source>
        <translation>Das weicht vom Referenz-DARTS-Regressor ab: um seine Ergebnisse nachzuvollziehen oder DARTS so zu lehren, wie es veröffentlicht wurde, nehmen Sie die anderen Vorgaben oder „Auf Standardwerte zurücksetzen“.</translation>
    </message>
    <message>
        <source>Prefer the simplest equation unless a more complex one has a held-out error lower by more than this many standard errors (of the row-by-row difference), when refinement chooses and when Model selection picks the best start; a simpler one whose held-out error is more than 25% above the lowest is never preferred. Needs held-out rows. 0: the lowest held-out error wins. (Not a reference setting.)</source>
        <translation>Die einfachste Gleichung vorziehen, es sei denn, eine komplexere hat auf den zurückgehaltenen Zeilen einen um mehr als so viele Standardfehler (der zeilenweisen Differenz) kleineren Fehler, wenn die Nachbesserung wählt und wenn die Modellauswahl den besten Start bestimmt; eine einfachere, deren Fehler auf den zurückgehaltenen Zeilen mehr als 25 % über dem kleinsten liegt, wird nie vorgezogen. Braucht zurückgehaltene Zeilen. 0: der kleinste Fehler auf den zurückgehaltenen Zeilen gewinnt. (Keine Einstellung der Referenz.)</translation>
    </message>
</context>
<context>
    <name>darts::gui::LessonPanel</name>
    <message>
        <source>Choose a lesson…</source>
        <translation>Lektion wählen…</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Choose a guided lesson; it sets up the data and settings itself</source>
        <translation>Eine geführte Lektion wählen; sie stellt Daten und Einstellungen selbst ein</translation>
    </message>
    <message>
        <source>Lesson progress</source>
        <translation>Fortschritt der Lektion</translation>
    </message>
    <message>
        <source>Lesson step</source>
        <translation>Schritt der Lektion</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>The previous step</source>
        <translation>Der vorige Schritt</translation>
    </message>
    <message>
        <source>The next step</source>
        <translation>Der nächste Schritt</translation>
    </message>
    <message>
        <source>Guided lessons: each step sets the data and settings, asks you to press Start and says what to look for. A step waiting for a search moves on by itself when the search has ended.</source>
        <translation>Geführte Lektionen: jeder Schritt stellt Daten und Einstellungen ein, bittet Sie, Starten zu drücken, und sagt, worauf zu achten ist. Ein Schritt, der auf eine Suche wartet, geht von selbst weiter, wenn die Suche zu Ende ist.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Choose a lesson above. Each one takes a few minutes: it sets up the data and settings, asks you to press &lt;b&gt;Start&lt;/b&gt;, and says what to look for.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie oben eine Lektion. Jede dauert ein paar Minuten: sie stellt Daten und Einstellungen ein, bittet Sie, &lt;b&gt;Starten&lt;/b&gt; zu drücken, und sagt, worauf zu achten ist.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Step %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
    <message>
        <source>Searching… the lesson goes on when the search ends.</source>
        <translation>Suche läuft… die Lektion geht weiter, wenn die Suche zu Ende ist.</translation>
    </message>
    <message>
        <source>Waiting for you: do what the step says.</source>
        <translation>Wartet auf Sie: tun Sie, was der Schritt sagt.</translation>
    </message>
    <message>
        <source>The end of this lesson. Choose another above.</source>
        <translation>Das Ende dieser Lektion. Wählen Sie oben eine andere.</translation>
    </message>
    <message>
        <source>Press Next when you are ready.</source>
        <translation>Drücken Sie Weiter, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titel der Lektion</translation>
    </message>
</context>
<context>
    <name>darts::gui::LossPlot</name>
    <message>
        <source>Loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <source>Logarithmic loss axis</source>
        <translation>Logarithmische Verlustachse</translation>
    </message>
    <message>
        <source>Show the loss on a logarithmic scale, where steady improvement by a constant factor looks like a straight line</source>
        <translation>Den Verlust auf einer logarithmischen Skala zeigen, auf der stetige Verbesserung um einen konstanten Faktor als gerade Linie erscheint</translation>
    </message>
    <message>
        <source>The latest epoch, its loss and the lowest loss so far</source>
        <translation>Die letzte Epoche, ihr Verlust und der bisher niedrigste Verlust</translation>
    </message>
    <message>
        <source>Latest loss</source>
        <translation>Letzter Verlust</translation>
    </message>
    <message>
        <source>Loss against epoch</source>
        <translation>Verlust über Epoche</translation>
    </message>
    <message>
        <source>Loss of every epoch of the search. Drag to pan and use the wheel to zoom; double-click to follow the search again.</source>
        <translation>Verlust jeder Epoche der Suche. Ziehen zum Verschieben, Mausrad zum Zoomen; Doppelklick, um wieder der Suche zu folgen.</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>No epochs yet</source>
        <translation>Noch keine Epochen</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2</source>
        <translation>Epoche %1: Verlust %2</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2 (lowest %3)</source>
        <translation>Epoche %1: Verlust %2 (niedrigster %3)</translation>
    </message>
    <message>
        <source>The training loss (mean squared error, or cross-entropy for classes) of the mixed network after every epoch. It should fall and level off; a flat line from the start suggests a learning rate too small, jumps one too large. Switch on the logarithmic axis to see small improvements late in the search.</source>
        <translation>Der Trainingsverlust (mittlerer quadratischer Fehler, bei Klassen die Kreuzentropie) des gemischten Netzes nach jeder Epoche. Er sollte fallen und sich einpendeln; eine flache Linie von Anfang an deutet auf eine zu kleine Lernrate hin, Sprünge auf eine zu große. Schalten Sie die logarithmische Achse ein, um kleine Verbesserungen spät in der Suche zu sehen.</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>Validation loss</source>
        <translation>Validierungsverlust</translation>
    </message>
    <message>
        <source>Epoch %1: loss %2 (lowest %3), validation %4</source>
        <translation>Epoche %1: Verlust %2 (niedrigster %3), Validierung %4</translation>
    </message>
</context>
<context>
    <name>darts::gui::MainWindow</name>
    <message>
        <source>DARTS Studio</source>
        <translation>DARTS Studio</translation>
    </message>
    <message>
        <source>Restore the interrupted search?</source>
        <translation>Unterbrochene Suche wiederherstellen?</translation>
    </message>
    <message>
        <source>DARTS Studio ended during a search (saved %1). Restore that search as of its last autosave?</source>
        <translation>DARTS Studio wurde während einer Suche beendet (gesichert %1). Diese Suche im Stand ihrer letzten automatischen Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Primitives</source>
        <translation>Primitive</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Suchparameter</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Model vs data</source>
        <translation>Modell und Daten</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open a session (.darts) or a CSV or TSV data file</source>
        <translation>Eine Sitzung (.darts) oder eine CSV- bzw. TSV-Datendatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save session</source>
        <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
        <source>Save data, settings and search to continue later</source>
        <translation>Daten, Suchparameter und Suche speichern, um später weiterzumachen</translation>
    </message>
    <message>
        <source>Save session &amp;as…</source>
        <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Save the session under a new name</source>
        <translation>Die Sitzung unter einem neuen Namen speichern</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>DARTS sessions (*.darts)</source>
        <translation>DARTS-Sitzungen (*.darts)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Close DARTS Studio</source>
        <translation>DARTS Studio schließen</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start a new search from the seed with the current settings</source>
        <translation>Eine neue Suche vom Startwert aus mit den aktuellen Suchparametern starten</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Pause the search after the current epoch, or resume it</source>
        <translation>Die Suche nach der aktuellen Epoche anhalten oder fortsetzen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>St&amp;oppen</translation>
    </message>
    <message>
        <source>Stop the search now</source>
        <translation>Die Suche sofort stoppen</translation>
    </message>
    <message>
        <source>Ste&amp;p</source>
        <translation>Sc&amp;hritt</translation>
    </message>
    <message>
        <source>Run one epoch</source>
        <translation>Eine Epoche ausführen</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weitersuchen</translation>
    </message>
    <message>
        <source>Run max_epochs more epochs from where the search is (warm start)</source>
        <translation>Weitere max_epochs Epochen ab dem aktuellen Stand der Suche ausführen (Warmstart)</translation>
    </message>
    <message>
        <source>Re-sample (&amp;max)</source>
        <translation>Neu ziehen (&amp;max)</translation>
    </message>
    <message>
        <source>Keep the strongest primitive on every edge and refit the coefficients</source>
        <translation>Auf jeder Kante das stärkste Primitiv behalten und die Koeffizienten neu anpassen</translation>
    </message>
    <message>
        <source>Re-sample (&amp;draw)</source>
        <translation>Neu ziehen (zu&amp;fällig)</translation>
    </message>
    <message>
        <source>Draw one primitive per edge in proportion to its weight and refit</source>
        <translation>Ein Primitiv pro Kante proportional zu seinem Gewicht ziehen und neu anpassen</translation>
    </message>
    <message>
        <source>Re&amp;fit coefficients</source>
        <translation>Koeffizienten &amp;neu anpassen</translation>
    </message>
    <message>
        <source>More coefficient steps on the current model, then the polish</source>
        <translation>Weitere Koeffizientenschritte am aktuellen Modell, dann der Feinschliff</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget the search: weights, history and model</source>
        <translation>Die Suche verwerfen: Gewichte, Verlauf und Modell</translation>
    </message>
    <message>
        <source>Copy &amp;equations</source>
        <translation>&amp;Gleichungen kopieren</translation>
    </message>
    <message>
        <source>Copy the model&apos;s equations as text</source>
        <translation>Die Gleichungen des Modells als Text kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;LaTeX</source>
        <translation>&amp;LaTeX kopieren</translation>
    </message>
    <message>
        <source>Copy the model&apos;s equations as LaTeX</source>
        <translation>Die Gleichungen des Modells als LaTeX kopieren</translation>
    </message>
    <message>
        <source>&amp;About DARTS Studio</source>
        <translation>&amp;Über DARTS Studio</translation>
    </message>
    <message>
        <source>Version, libraries and licence</source>
        <translation>Version, Bibliotheken und Lizenz</translation>
    </message>
    <message>
        <source>&amp;How DARTS searches</source>
        <translation>&amp;Wie DARTS sucht</translation>
    </message>
    <message>
        <source>What the search does, in plain words, with a picture of the graph</source>
        <translation>Was die Suche tut, in einfachen Worten, mit einem Bild des Graphen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Theme, plot refresh rate, digits in equations, export folder, language</source>
        <translation>Design, Aktualisierungsrate der Diagramme, Stellen in Gleichungen, Exportordner, Sprache</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>Beisp&amp;iele</translation>
    </message>
    <message>
        <source>&amp;Recent files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>E&amp;xport model</source>
        <translation>Modell e&amp;xportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Equations as &amp;text…</source>
        <translation>Gleichungen als &amp;Text…</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <source>Equations as &amp;LaTeX…</source>
        <translation>Gleichungen als &amp;LaTeX…</translation>
    </message>
    <message>
        <source>LaTeX (*.tex)</source>
        <translation>LaTeX (*.tex)</translation>
    </message>
    <message>
        <source>&amp;Python function (NumPy)…</source>
        <translation>&amp;Python-Funktion (NumPy)…</translation>
    </message>
    <message>
        <source>Python (*.py)</source>
        <translation>Python (*.py)</translation>
    </message>
    <message>
        <source>&amp;C function…</source>
        <translation>&amp;C-Funktion…</translation>
    </message>
    <message>
        <source>C source (*.c)</source>
        <translation>C-Quelltext (*.c)</translation>
    </message>
    <message>
        <source>&amp;Graph (DOT)…</source>
        <translation>&amp;Graph (DOT)…</translation>
    </message>
    <message>
        <source>Graphviz DOT (*.dot *.gv)</source>
        <translation>Graphviz DOT (*.dot *.gv)</translation>
    </message>
    <message>
        <source>&amp;Data with predictions (CSV)…</source>
        <translation>&amp;Daten mit Vorhersagen (CSV)…</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Report (HTML)…</source>
        <translation>&amp;Bericht (HTML)…</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>Reset settings to &amp;defaults</source>
        <translation>Suchparameter auf &amp;Standardwerte zurücksetzen</translation>
    </message>
    <message>
        <source>The reference regressor&apos;s defaults for every setting and primitive</source>
        <translation>Die Standardwerte des Referenzregressors für jede Einstellung und jedes Primitiv</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Search &amp;view</source>
        <translation>&amp;Suchansicht</translation>
    </message>
    <message>
        <source>&amp;Model vs data</source>
        <translation>&amp;Modell und Daten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> Schritte</translation>
    </message>
    <message>
        <source>Coefficient steps for Refit</source>
        <translation>Koeffizientenschritte für „Neu anpassen“</translation>
    </message>
    <message>
        <source>Refit steps</source>
        <translation>Schritte zum Neu-Anpassen</translation>
    </message>
    <message>
        <source>Could not write %1:
%2

The model is still here; try another place.</source>
        <translation>%1 konnte nicht geschrieben werden:
%2

Das Modell ist noch vorhanden; versuchen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>DARTS Studio report: %1</source>
        <translation>Bericht von DARTS Studio: %1</translation>
    </message>
    <message>
        <source>%1: %2 rows; inputs %3; target %4; %5 epochs searched.</source>
        <translation>%1: %2 Zeilen; Eingaben %3; Zielgröße %4; %5 Epochen gesucht.</translation>
    </message>
    <message>
        <source>MSE %1, R² %2, %3 coefficients</source>
        <translation>MSE %1, R² %2, %3 Koeffizienten</translation>
    </message>
    <message>
        <source>Computation graph</source>
        <translation>Berechnungsgraph</translation>
    </message>
    <message>
        <source>Loss against epoch</source>
        <translation>Verlust über Epoche</translation>
    </message>
    <message>
        <source>Architecture weights at the last epoch</source>
        <translation>Architekturgewichte in der letzten Epoche</translation>
    </message>
    <message>
        <source>Weights of the selected edge against epoch</source>
        <translation>Gewichte der ausgewählten Kante über Epoche</translation>
    </message>
    <message>
        <source>Predicted against observed</source>
        <translation>Vorhersage gegen Beobachtung</translation>
    </message>
    <message>
        <source>Residuals against prediction</source>
        <translation>Residuen gegen Vorhersage</translation>
    </message>
    <message>
        <source>Response along one input</source>
        <translation>Antwort entlang einer Eingabe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Sessions and data (*.darts *.csv *.tsv *.txt)</source>
        <translation>Sitzungen und Daten (*.darts *.csv *.tsv *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open session</source>
        <translation>Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Could not open %1:
%2

Nothing was changed.</source>
        <translation>%1 konnte nicht geöffnet werden:
%2

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 — DARTS Studio</source>
        <translation>%1 — DARTS Studio</translation>
    </message>
    <message>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not save the session:
%1

The search is still here; try another place.</source>
        <translation>Die Sitzung konnte nicht gespeichert werden:
%1

Die Suche ist noch vorhanden; versuchen Sie einen anderen Ort.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The new language applies when DARTS Studio starts next.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von DARTS Studio.</translation>
    </message>
    <message>
        <source>Resu&amp;me</source>
        <translation>Fo&amp;rtsetzen</translation>
    </message>
    <message>
        <source>Epoch —</source>
        <translation>Epoche —</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>Epoche %1</translation>
    </message>
    <message>
        <source>Loss —</source>
        <translation>Verlust —</translation>
    </message>
    <message>
        <source>Loss %1</source>
        <translation>Verlust %1</translation>
    </message>
    <message>
        <source>%1 epochs/s</source>
        <translation>%1 Epochen/s</translation>
    </message>
    <message>
        <source>— epochs/s</source>
        <translation>— Epochen/s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>New data from &amp;formula…</source>
        <translation>Neue Daten aus &amp;Formel…</translation>
    </message>
    <message>
        <source>Type a law such as y = 2*x1 + exp(5*x2) and make a data set from it</source>
        <translation>Ein Gesetz wie y = 2*x1 + exp(5*x2) eingeben und daraus einen Datensatz erzeugen</translation>
    </message>
    <message>
        <source>Formula %1</source>
        <translation>Formel %1</translation>
    </message>
    <message>
        <source>Step &amp;architecture</source>
        <translation>Schritt der A&amp;rchitektur</translation>
    </message>
    <message>
        <source>One architecture update: the weights move on one mini-batch; the coefficients and the epoch stay</source>
        <translation>Eine Architekturaktualisierung: Die Gewichte bewegen sich auf einem Mini-Batch; die Koeffizienten und die Epoche bleiben</translation>
    </message>
    <message>
        <source>Speed: </source>
        <translation>Tempo: </translation>
    </message>
    <message>
        <source> epochs/s</source>
        <translation> Epochen/s</translation>
    </message>
    <message>
        <source>Speed: unlimited</source>
        <translation>Tempo: unbegrenzt</translation>
    </message>
    <message>
        <source>Slow motion for showing a search: at most this many epochs a second (0: unlimited). It changes how fast the epochs come, never what they compute.</source>
        <translation>Zeitlupe zum Vorführen einer Suche: höchstens so viele Epochen pro Sekunde (0: unbegrenzt). Es ändert, wie schnell die Epochen kommen, nie, was sie berechnen.</translation>
    </message>
    <message>
        <source>Epochs per second</source>
        <translation>Epochen pro Sekunde</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Mixture and model</source>
        <translation>Mischung und Modell</translation>
    </message>
    <message>
        <source>M&amp;ixture and model</source>
        <translation>M&amp;ischung und Modell</translation>
    </message>
    <message>
        <source>&amp;Presenter view</source>
        <translation>&amp;Präsentationsansicht</translation>
    </message>
    <message>
        <source>Large fonts and lines, for a classroom</source>
        <translation>Große Schriften und Linien, für ein Klassenzimmer</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Vollbild</translation>
    </message>
    <message>
        <source>&amp;Classroom mode…</source>
        <translation>&amp;Unterrichtsmodus…</translation>
    </message>
    <message>
        <source>Choose which controls the class sees</source>
        <translation>Wählen, welche Bedienelemente die Klasse sieht</translation>
    </message>
    <message>
        <source>&amp;Lessons</source>
        <translation>&amp;Lektionen</translation>
    </message>
    <message>
        <source>Guided lessons for a classroom</source>
        <translation>Geführte Lektionen für ein Klassenzimmer</translation>
    </message>
    <message>
        <source>Panel: %1</source>
        <translation>Bereich: %1</translation>
    </message>
    <message>
        <source>Tool bar: %1</source>
        <translation>Werkzeugleiste: %1</translation>
    </message>
    <message>
        <source>Status bar</source>
        <translation>Statusleiste</translation>
    </message>
    <message>
        <source>Button: %1</source>
        <translation>Schaltfläche: %1</translation>
    </message>
    <message>
        <source>View: %1</source>
        <translation>Ansicht: %1</translation>
    </message>
    <message>
        <source>Model selection</source>
        <translation>Modellauswahl</translation>
    </message>
    <message>
        <source>Open s&amp;weep results…</source>
        <translation>Sweep-Ergebnisse öffn&amp;en…</translation>
    </message>
    <message>
        <source>Open the results of a sweep (.dartssweep) run here or with darts-cli</source>
        <translation>Die Ergebnisse eines Sweeps (.dartssweep) öffnen, der hier oder mit darts-cli lief</translation>
    </message>
    <message>
        <source>Open sweep results</source>
        <translation>Sweep-Ergebnisse öffnen</translation>
    </message>
    <message>
        <source>Sweep results (*.dartssweep)</source>
        <translation>Sweep-Ergebnisse (*.dartssweep)</translation>
    </message>
    <message>
        <source>Save swee&amp;p results…</source>
        <translation>Sweep-Ergebnisse s&amp;peichern…</translation>
    </message>
    <message>
        <source>Save the model selection run&apos;s results (.dartssweep)</source>
        <translation>Die Ergebnisse des Modellauswahl-Laufs speichern (.dartssweep)</translation>
    </message>
    <message>
        <source>Save sweep results</source>
        <translation>Sweep-Ergebnisse speichern</translation>
    </message>
    <message>
        <source>Many searches at once: restarts or a sweep of settings, and the best model among them</source>
        <translation>Viele Suchen zugleich: Neustarts oder ein Sweep über Einstellungen, und das beste Modell darunter</translation>
    </message>
    <message>
        <source>Choose the data first: load a file or an example, and pick inputs and a target.</source>
        <translation>Zuerst Daten wählen: eine Datei oder ein Beispiel laden und Eingaben und ein Ziel auswählen.</translation>
    </message>
    <message>
        <source>That search has no model: %1</source>
        <translation>Diese Suche hat kein Modell: %1</translation>
    </message>
    <message>
        <source>Stop the search first: loading a model replaces it.</source>
        <translation>Zuerst die Suche anhalten: Das Laden eines Modells ersetzt sie.</translation>
    </message>
    <message>
        <source>Cannot load that model: %1</source>
        <translation>Das Modell lässt sich nicht laden: %1</translation>
    </message>
    <message>
        <source>Cannot open sweep results</source>
        <translation>Sweep-Ergebnisse lassen sich nicht öffnen</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>Could not save the sweep results:
%1</source>
        <translation>Die Sweep-Ergebnisse konnten nicht gespeichert werden:
%1</translation>
    </message>
    <message>
        <source>Model se&amp;lection</source>
        <translation>Mo&amp;dellauswahl</translation>
    </message>
    <message>
        <source>Hall of fame</source>
        <translation>Bestenliste</translation>
    </message>
    <message>
        <source>Refinement progress</source>
        <translation>Fortschritt der Nachbesserung</translation>
    </message>
    <message>
        <source>&amp;Hall of fame</source>
        <translation>&amp;Bestenliste</translation>
    </message>
    <message>
        <source>Every model the search evaluated, and the best at each complexity</source>
        <translation>Jedes Modell, das die Suche bewertet hat, und das beste jeder Komplexität</translation>
    </message>
    <message>
        <source>&amp;Hall of fame as CSV…</source>
        <translation>Bestenliste als CS&amp;V…</translation>
    </message>
    <message>
        <source>Every model the search evaluated, with its complexity and errors</source>
        <translation>Jedes Modell, das die Suche bewertet hat, mit seiner Komplexität und seinen Fehlern</translation>
    </message>
    <message>
        <source>Domain safety: %1.</source>
        <translation>Definitionsbereich-Schutz: %1.</translation>
    </message>
    <message>
        <source>The sampled model is a constant: every edge chose none while the target varies. Lower the complexity penalty, search longer, or switch on refinement (Settings, Final model).</source>
        <translation>Das gezogene Modell ist eine Konstante: jede Kante hat none gewählt, während das Ziel schwankt. Senken Sie die Komplexitätsstrafe, suchen Sie länger oder schalten Sie die Nachbesserung ein (Suchparameter, Endgültiges Modell).</translation>
    </message>
    <message>
        <source>The sampled model was a constant (every edge chose none) while the target varies; refinement started from each edge&apos;s strongest other primitive instead.</source>
        <translation>Das gezogene Modell war eine Konstante (jede Kante hat none gewählt), während das Ziel schwankt; die Nachbesserung begann stattdessen beim stärksten anderen Primitiv jeder Kante.</translation>
    </message>
    <message>
        <source>Refining: %1 of %2 architectures</source>
        <translation>Nachbesserung: %1 von %2 Architekturen</translation>
    </message>
    <message>
        <source>Refinement of the sampled model: equations refitted so far, of at most %1 (Settings, Refinement budget). Best error so far: %2 (held-out MSE, or BIC without held-out rows). Stop (Shift+F5) ends it at once and keeps the best.</source>
        <translation>Nachbesserung des gezogenen Modells: bisher angepasste Gleichungen, von höchstens %1 (Suchparameter, Budget der Nachbesserung). Bisher bester Fehler: %2 (MSE auf den zurückgehaltenen Zeilen, ohne sie das BIC). Stoppen (Umschalt+F5) beendet sie sofort und behält das beste Modell.</translation>
    </message>
    <message>
        <source>Stop or pause the search first: loading a model replaces the one shown.</source>
        <translation>Zuerst die Suche anhalten oder pausieren: Das Laden eines Modells ersetzt das gezeigte.</translation>
    </message>
    <message numerus="yes">
        <source>Preset applied. Start (F5) runs one search with it; Run in Model selection (Ctrl+M) runs its %n start(s) and loads the best.</source>
        <translation>
            <numerusform>Vorgabe übernommen. Starten (F5) führt eine Suche damit aus; Ausführen in der Modellauswahl (Strg+M) führt ihren %n Start aus und lädt das beste Modell.</numerusform>
            <numerusform>Vorgabe übernommen. Starten (F5) führt eine Suche damit aus; Ausführen in der Modellauswahl (Strg+M) führt ihre %n Starts aus und lädt das beste Modell.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>darts::gui::ModelPlots</name>
    <message>
        <source>Model against data</source>
        <translation>Modell gegen Daten</translation>
    </message>
    <message>
        <source>The target column compared with the model&apos;s matching output</source>
        <translation>Die Zielspalte verglichen mit der zugehörigen Ausgabe des Modells</translation>
    </message>
    <message>
        <source>Target shown</source>
        <translation>Angezeigte Zielgröße</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Zielgröße:</translation>
    </message>
    <message>
        <source>Three views of the sampled model against the data</source>
        <translation>Drei Ansichten des gezogenen Modells im Vergleich mit den Daten</translation>
    </message>
    <message>
        <source>Model plots</source>
        <translation>Modelldiagramme</translation>
    </message>
    <message>
        <source>Predicted against observed</source>
        <translation>Vorhersage gegen Beobachtung</translation>
    </message>
    <message>
        <source>Each point is a data row: its observed target across, the model&apos;s prediction up. A perfect model puts every point on the dashed identity line.</source>
        <translation>Jeder Punkt ist eine Datenzeile: ihre beobachtete Zielgröße waagerecht, die Vorhersage des Modells senkrecht. Bei einem perfekten Modell liegt jeder Punkt auf der gestrichelten Identitätslinie.</translation>
    </message>
    <message>
        <source>Data rows</source>
        <translation>Datenzeilen</translation>
    </message>
    <message>
        <source>Predicted = observed</source>
        <translation>Vorhersage = Beobachtung</translation>
    </message>
    <message>
        <source>Residuals against prediction</source>
        <translation>Residuen gegen Vorhersage</translation>
    </message>
    <message>
        <source>Observed minus predicted for each data row. A pattern (a curve, a funnel) means the equation misses something; a structureless band around zero is what a good model leaves.</source>
        <translation>Beobachtung minus Vorhersage für jede Datenzeile. Ein Muster (eine Kurve, ein Trichter) bedeutet, dass der Gleichung etwas fehlt; ein strukturloses Band um null ist das, was ein gutes Modell übrig lässt.</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Null</translation>
    </message>
    <message>
        <source>Model response along one input</source>
        <translation>Modellantwort entlang einer Eingabe</translation>
    </message>
    <message>
        <source>The model along the chosen input over its data range, the other inputs held at the slider values; the data rows are drawn against the same input.</source>
        <translation>Das Modell entlang der gewählten Eingabe über ihren Datenbereich, die übrigen Eingaben auf den Werten der Schieberegler gehalten; die Datenzeilen werden gegen dieselbe Eingabe gezeichnet.</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>The input the model is drawn along</source>
        <translation>Die Eingabe, entlang der das Modell gezeichnet wird</translation>
    </message>
    <message>
        <source>Input along the horizontal axis</source>
        <translation>Eingabe auf der horizontalen Achse</translation>
    </message>
    <message>
        <source>&amp;Along input:</source>
        <translation>&amp;Entlang der Eingabe:</translation>
    </message>
    <message>
        <source>Other inputs held at:</source>
        <translation>Übrige Eingaben gehalten bei:</translation>
    </message>
    <message>
        <source>Each slider spans its input&apos;s data range and starts at its median</source>
        <translation>Jeder Schieberegler überspannt den Datenbereich seiner Eingabe und beginnt bei ihrem Median</translation>
    </message>
    <message>
        <source>(no other inputs)</source>
        <translation>(keine weiteren Eingaben)</translation>
    </message>
    <message>
        <source>Values of the other inputs</source>
        <translation>Werte der übrigen Eingaben</translation>
    </message>
    <message>
        <source>Predicted vs observed</source>
        <translation>Vorhersage vs. Beobachtung</translation>
    </message>
    <message>
        <source>Residuals</source>
        <translation>Residuen</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>The model could not be evaluated: %1</source>
        <translation>Das Modell konnte nicht ausgewertet werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>The model expects %n input(s), the data has %1.</source>
        <translation>
            <numerusform>Das Modell erwartet %n Eingabe, die Daten haben %1.</numerusform>
            <numerusform>Das Modell erwartet %n Eingaben, die Daten haben %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>target %1</source>
        <translation>Zielgröße %1</translation>
    </message>
    <message>
        <source>input %1</source>
        <translation>Eingabe %1</translation>
    </message>
    <message>
        <source>Input %1, held fixed while the model is drawn along another input</source>
        <translation>Eingabe %1, festgehalten, während das Modell entlang einer anderen Eingabe gezeichnet wird</translation>
    </message>
    <message>
        <source>The value %1 is held at</source>
        <translation>Der Wert, bei dem %1 gehalten wird</translation>
    </message>
    <message>
        <source>Held value of %1</source>
        <translation>Gehaltener Wert von %1</translation>
    </message>
    <message>
        <source>Value at which %1 is held, from %2 to %3 (its data range)</source>
        <translation>Wert, bei dem %1 gehalten wird, von %2 bis %3 (Datenbereich)</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>Observed %1</source>
        <translation>%1 (beobachtet)</translation>
    </message>
    <message>
        <source>Predicted %1</source>
        <translation>%1 (vorhergesagt)</translation>
    </message>
    <message>
        <source>No data selected</source>
        <translation>Keine Daten ausgewählt</translation>
    </message>
    <message>
        <source>The model has no output for %1</source>
        <translation>Das Modell hat keine Ausgabe für %1</translation>
    </message>
    <message>
        <source>No model yet: run a search to compare its model with the data</source>
        <translation>Noch kein Modell: Starten Sie eine Suche, um ihr Modell mit den Daten zu vergleichen</translation>
    </message>
    <message>
        <source>R² = %1    MSE = %2</source>
        <translation>R² = %1    MSE = %2</translation>
    </message>
    <message>
        <source>Residual (observed − predicted)</source>
        <translation>Residuum (Beobachtung − Vorhersage)</translation>
    </message>
    <message>
        <source>No model yet: run a search to see its residuals</source>
        <translation>Noch kein Modell: Starten Sie eine Suche, um ihre Residuen zu sehen</translation>
    </message>
    <message>
        <source>RMSE = %1    largest |residual| = %2</source>
        <translation>RMSE = %1    größtes |Residuum| = %2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielgröße</translation>
    </message>
    <message>
        <source>No model yet: the data rows against %1</source>
        <translation>Noch kein Modell: die Datenzeilen gegen %1</translation>
    </message>
    <message>
        <source>Model along %1, the other inputs held at the slider values</source>
        <translation>Modell entlang %1, die übrigen Eingaben auf den Werten der Schieberegler gehalten</translation>
    </message>
    <message>
        <source>Model along %1</source>
        <translation>Modell entlang %1</translation>
    </message>
    <message>
        <source>How well the sampled model fits the data: predicted against observed values (points on the diagonal are perfect), residuals against the prediction (they should scatter around zero without a pattern), and the response along one input with the others held at their median.</source>
        <translation>Wie gut das gezogene Modell die Daten trifft: vorhergesagte gegen beobachtete Werte (Punkte auf der Diagonale sind perfekt), Residuen gegen die Vorhersage (sie sollten ohne Muster um null streuen) und der Verlauf entlang einer Eingabe, während die anderen auf ihrem Median gehalten werden.</translation>
    </message>
    <message>
        <source>True law</source>
        <translation>Wahres Gesetz</translation>
    </message>
    <message>
        <source>density of %L1 of %L2 rows, a fixed sample</source>
        <translation>Dichte von %L1 der %L2 Zeilen, einer festen Stichprobe</translation>
    </message>
    <message>
        <source>density of all %L1 rows</source>
        <translation>Dichte aller %L1 Zeilen</translation>
    </message>
    <message>
        <source>Data rows, as a density: darker cells hold more</source>
        <translation>Datenzeilen als Dichte: dunklere Zellen enthalten mehr</translation>
    </message>
</context>
<context>
    <name>darts::gui::ParetoPlot</name>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Every model of the run: its error on the held-out rows against its coefficients. The front joins the models no simpler model beats. Click a point to load its model.</source>
        <translation>Jedes Modell des Laufs: sein Fehler auf den zurückgehaltenen Zeilen über seinen Koeffizienten. Die Front verbindet die Modelle, die kein einfacheres Modell übertrifft. Ein Klick auf einen Punkt lädt sein Modell.</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Loaded model</source>
        <translation>Geladenes Modell</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>Validation MSE</source>
        <translation>Validierungs-MSE</translation>
    </message>
    <message>
        <source>Training MSE</source>
        <translation>Trainings-MSE</translation>
    </message>
</context>
<context>
    <name>darts::gui::PlotFullScreen</name>
    <message>
        <source>Full screen</source>
        <translation>Vollbild</translation>
    </message>
    <message>
        <source>Press Esc or double-click to close</source>
        <translation>Esc oder Doppelklick schließt</translation>
    </message>
</context>
<context>
    <name>darts::gui::PreferencesDialog</name>
    <message>
        <source>Follow the system</source>
        <translation>Systemeinstellung folgen</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours of the window and the plots</source>
        <translation>Farben des Fensters und der Diagramme</translation>
    </message>
    <message>
        <source> per second</source>
        <translation> pro Sekunde</translation>
    </message>
    <message>
        <source>How often the plots and the graph are redrawn while a search runs. Fewer redraws leave more of the computer to the search.</source>
        <translation>Wie oft die Diagramme und der Graph während einer Suche neu gezeichnet werden. Weniger Neuzeichnungen lassen der Suche mehr Rechenleistung.</translation>
    </message>
    <message>
        <source>Significant digits of the coefficients shown in the equations. Exported Python and C code always carries every digit.</source>
        <translation>Signifikante Stellen der Koeffizienten in den Gleichungen. Exportierter Python- und C-Code enthält stets alle Stellen.</translation>
    </message>
    <message>
        <source>Documents folder</source>
        <translation>Ordner „Dokumente“</translation>
    </message>
    <message>
        <source>Where save and export dialogs start</source>
        <translation>Wo Speicher- und Exportdialoge beginnen</translation>
    </message>
    <message>
        <source>Default export folder</source>
        <translation>Standard-Exportordner</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the default export folder</source>
        <translation>Den Standard-Exportordner wählen</translation>
    </message>
    <message>
        <source>Language of the window; applies when DARTS Studio starts next</source>
        <translation>Sprache des Fensters; gilt ab dem nächsten Start von DARTS Studio</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>Plot &amp;refresh rate:</source>
        <translation>Diagramm-&amp;Aktualisierung:</translation>
    </message>
    <message>
        <source>&amp;Digits in equations:</source>
        <translation>Stellen in &amp;Gleichungen:</translation>
    </message>
    <message>
        <source>Default &amp;export folder:</source>
        <translation>Standard-&amp;Exportordner:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language applies when DARTS Studio starts next.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von DARTS Studio.</translation>
    </message>
</context>
<context>
    <name>darts::gui::PrimitivesPanel</name>
    <message>
        <source>Contributes nothing: lets the search cut this edge.</source>
        <translation>Trägt nichts bei: erlaubt der Suche, diese Kante zu kappen.</translation>
    </message>
    <message>
        <source>Passes the value on unchanged.</source>
        <translation>Gibt den Wert unverändert weiter.</translation>
    </message>
    <message>
        <source>Passes the value on with its sign flipped.</source>
        <translation>Gibt den Wert mit umgekehrtem Vorzeichen weiter.</translation>
    </message>
    <message>
        <source>Scales the value by a fitted factor.</source>
        <translation>Skaliert den Wert mit einem angepassten Faktor.</translation>
    </message>
    <message>
        <source>A straight line with a fitted slope and offset.</source>
        <translation>Eine Gerade mit angepasster Steigung und angepasstem Achsenabschnitt.</translation>
    </message>
    <message>
        <source>Keeps positive values, turns negative ones into zero.</source>
        <translation>Behält positive Werte bei, setzt negative auf null.</translation>
    </message>
    <message>
        <source>A fitted straight line, floored at zero.</source>
        <translation>Eine angepasste Gerade, nach unten bei null abgeschnitten.</translation>
    </message>
    <message>
        <source>An S-shaped step from 0 to 1, centred at zero.</source>
        <translation>Eine S-förmige Stufe von 0 bis 1, zentriert bei null.</translation>
    </message>
    <message>
        <source>An S-shaped step from 0 to 1 with a fitted steepness and position.</source>
        <translation>Eine S-förmige Stufe von 0 bis 1 mit angepasster Steilheit und Lage.</translation>
    </message>
    <message>
        <source>Exponential growth.</source>
        <translation>Exponentielles Wachstum.</translation>
    </message>
    <message>
        <source>Exponential growth or decay with a fitted rate; the offset acts as a scale.</source>
        <translation>Exponentielles Wachstum oder exponentieller Zerfall mit angepasster Rate; der Offset wirkt als Skalierung.</translation>
    </message>
    <message>
        <source>Sine of the value (radians).</source>
        <translation>Sinus des Werts (Bogenmaß).</translation>
    </message>
    <message>
        <source>A sine wave with a fitted frequency and phase.</source>
        <translation>Eine Sinuswelle mit angepasster Frequenz und Phase.</translation>
    </message>
    <message>
        <source>Cosine of the value (radians).</source>
        <translation>Kosinus des Werts (Bogenmaß).</translation>
    </message>
    <message>
        <source>A cosine wave with a fitted frequency and phase.</source>
        <translation>Eine Kosinuswelle mit angepasster Frequenz und Phase.</translation>
    </message>
    <message>
        <source>One over the value; grows without bound near zero.</source>
        <translation>Eins durch den Wert; wächst nahe null unbegrenzt.</translation>
    </message>
    <message>
        <source>One over a scaled value; grows without bound near zero.</source>
        <translation>Eins durch einen skalierten Wert; wächst nahe null unbegrenzt.</translation>
    </message>
    <message>
        <source>Natural logarithm of positive values; zero elsewhere.</source>
        <translation>Natürlicher Logarithmus positiver Werte; sonst null.</translation>
    </message>
    <message>
        <source>Logarithm of a scaled value, zero where that is not positive. The factor only adds a constant: ln(a·x) = ln(a) + ln(x).</source>
        <translation>Logarithmus eines skalierten Werts, null, wo dieser nicht positiv ist. Der Faktor fügt nur eine Konstante hinzu: ln(a·x) = ln(a) + ln(x).</translation>
    </message>
    <message>
        <source>A rounded version of max(0, x); β sets how sharp the corner is.</source>
        <translation>Eine abgerundete Version von max(0, x); β bestimmt, wie scharf die Ecke ist.</translation>
    </message>
    <message>
        <source>A rounded max(0, a·x); a and β partly do the same job.</source>
        <translation>Ein abgerundetes max(0, a·x); a und β erfüllen teilweise dieselbe Aufgabe.</translation>
    </message>
    <message>
        <source>A rounded version of min(0, x); β sets how sharp the corner is.</source>
        <translation>Eine abgerundete Version von min(0, x); β bestimmt, wie scharf die Ecke ist.</translation>
    </message>
    <message>
        <source>A rounded min(0, a·x); a and β partly do the same job.</source>
        <translation>Ein abgerundetes min(0, a·x); a und β erfüllen teilweise dieselbe Aufgabe.</translation>
    </message>
    <message>
        <source>Plain</source>
        <translation>Einfach</translation>
    </message>
    <message>
        <source>With a linear transform</source>
        <translation>Mit linearer Transformation</translation>
    </message>
    <message>
        <source>Not identifiable — use with caution</source>
        <translation>Nicht identifizierbar — mit Vorsicht verwenden</translation>
    </message>
    <message>
        <source>Fixed functions of the incoming value, with nothing to fit.</source>
        <translation>Feste Funktionen des eingehenden Werts, ohne anzupassende Größen.</translation>
    </message>
    <message>
        <source>Functions of a·x + b: their coefficients are fitted to the data, so one of them can stand for a whole family of curves.</source>
        <translation>Funktionen von a·x + b: Ihre Koeffizienten werden an die Daten angepasst, sodass eine davon für eine ganze Kurvenfamilie stehen kann.</translation>
    </message>
    <message>
        <source>Different coefficient values can give the same function here (for example ln(a·x) is ln(x) plus a constant, and a and β can trade places), so the fitted numbers may wander and need not mean anything. Some also blow up near zero. Switch them on only when you expect them.</source>
        <translation>Verschiedene Koeffizientenwerte können hier dieselbe Funktion ergeben (zum Beispiel ist ln(a·x) gleich ln(x) plus eine Konstante, und a und β können die Rollen tauschen), daher können die angepassten Zahlen wandern und müssen nichts bedeuten. Manche explodieren außerdem nahe null. Schalten Sie sie nur ein, wenn Sie sie erwarten.</translation>
    </message>
    <message>
        <source>Primitives</source>
        <translation>Primitive</translation>
    </message>
    <message>
        <source>&lt;b&gt;Primitives&lt;/b&gt;&lt;p&gt;The operations the search may place on each edge of the graph. Every edge starts as a weighted mixture of all operations switched on here; the search then shifts the weight towards the ones that explain the data.&lt;/p&gt;&lt;p&gt;Fewer operations make a faster search and simpler equations; an operation that is switched off can never appear in the result. At least one must stay on.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Primitive&lt;/b&gt;&lt;p&gt;Die Operationen, die die Suche auf jede Kante des Graphen setzen darf. Jede Kante beginnt als gewichtete Mischung aller hier eingeschalteten Operationen; die Suche verlagert das Gewicht dann zu denen, die die Daten erklären.&lt;/p&gt;&lt;p&gt;Weniger Operationen ergeben eine schnellere Suche und einfachere Gleichungen; eine ausgeschaltete Operation kann nie im Ergebnis erscheinen. Mindestens eine muss eingeschaltet bleiben.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Nothing to fit.</source>
        <translation>Nichts anzupassen.</translation>
    </message>
    <message>
        <source>Fitted coefficients: %1.</source>
        <translation>Angepasste Koeffizienten: %1.</translation>
    </message>
    <message>
        <source>Counts %1 in the complexity penalty.</source>
        <translation>Zählt %1 in der Komplexitätsstrafe.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Primitive list</source>
        <translation>Primitivliste</translation>
    </message>
    <message>
        <source>Number of primitives switched on</source>
        <translation>Anzahl eingeschalteter Primitive</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Switch every operation on. A large search space is slower and harder to read.</source>
        <translation>Alle Operationen einschalten. Ein großer Suchraum ist langsamer und schwerer zu lesen.</translation>
    </message>
    <message>
        <source>Check all primitives</source>
        <translation>Alle Primitive anhaken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Switch every operation off except “none”: the search needs at least one, and “none” lets it cut edges. Then tick the ones you want.</source>
        <translation>Alle Operationen außer „none“ ausschalten: Die Suche braucht mindestens eine, und „none“ lässt sie Kanten kappen. Haken Sie dann die gewünschten an.</translation>
    </message>
    <message>
        <source>Uncheck all primitives but none</source>
        <translation>Alle Primitive außer none abhaken</translation>
    </message>
    <message>
        <source>Reference default</source>
        <translation>Referenz-Standard</translation>
    </message>
    <message>
        <source>The search space the reference regressor starts from: %1.</source>
        <translation>Der Suchraum, mit dem der Referenzregressor beginnt: %1.</translation>
    </message>
    <message>
        <source>Reference default primitives</source>
        <translation>Primitive des Referenz-Standards</translation>
    </message>
    <message>
        <source>At least one operation must stay on; switch another one on first.</source>
        <translation>Mindestens eine Operation muss eingeschaltet bleiben; schalten Sie zuerst eine andere ein.</translation>
    </message>
    <message>
        <source>Only “none” stays on: the search needs at least one operation. Tick the ones you want.</source>
        <translation>Nur „none“ bleibt eingeschaltet: Die Suche braucht mindestens eine Operation. Haken Sie die gewünschten an.</translation>
    </message>
    <message>
        <source>%1 of %2 operations on</source>
        <translation>%1 von %2 Operationen eingeschaltet</translation>
    </message>
    <message>
        <source>An S-shaped step from −1 to 1, centred at zero.</source>
        <translation>Eine S-förmige Stufe von −1 bis 1, zentriert bei null.</translation>
    </message>
    <message>
        <source>An S-shaped step from −1 to 1 with a fitted steepness and position.</source>
        <translation>Eine S-förmige Stufe von −1 bis 1 mit angepasster Steilheit und Lage.</translation>
    </message>
    <message>
        <source>A power law with a fitted factor and exponent (Stevens&apos; law, diminishing returns); defined for positive values only.</source>
        <translation>Ein Potenzgesetz mit angepasstem Faktor und Exponenten (Stevens&apos; Gesetz, abnehmender Ertrag); nur für positive Werte definiert.</translation>
    </message>
    <message>
        <source>The value squared.</source>
        <translation>Der Wert zum Quadrat.</translation>
    </message>
    <message>
        <source>The value cubed.</source>
        <translation>Der Wert hoch drei.</translation>
    </message>
    <message>
        <source>The square root; defined for values of zero or more.</source>
        <translation>Die Quadratwurzel; definiert für Werte von null an.</translation>
    </message>
    <message>
        <source>Powers</source>
        <translation>Potenzen</translation>
    </message>
    <message>
        <source>Powers of the incoming value: with product nodes they write laws such as a·x^b·y^c. Powers other than square and cube need positive values; domain safety keeps them there.</source>
        <translation>Potenzen des eingehenden Werts: mit Produktknoten schreiben sie Gesetze wie a·x^b·y^c. Potenzen außer Quadrat und Kubus brauchen positive Werte; der Definitionsbereich-Schutz hält sie dort.</translation>
    </message>
</context>
<context>
    <name>darts::gui::SearchController</name>
    <message>
        <source>Stopped.</source>
        <translation>Gestoppt.</translation>
    </message>
    <message>
        <source>the data of this search are not at hand</source>
        <translation>die Daten dieser Suche sind nicht verfügbar</translation>
    </message>
    <message>
        <source>Choose the data first: load a file or an example, and pick inputs and a target.</source>
        <translation>Wählen Sie zuerst die Daten: Laden Sie eine Datei oder ein Beispiel und wählen Sie Eingaben und eine Zielgröße.</translation>
    </message>
    <message>
        <source>The data changed since the search: press Start to search them.</source>
        <translation>Die Daten haben sich seit der Suche geändert: Drücken Sie „Starten“, um sie zu durchsuchen.</translation>
    </message>
    <message>
        <source>The search stopped: %1. The model shown comes from the last finite state.</source>
        <translation>Die Suche wurde gestoppt: %1. Das angezeigte Modell stammt aus dem letzten endlichen Zustand.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>The search cannot start: %1.</source>
        <translation>Die Suche kann nicht starten: %1.</translation>
    </message>
    <message>
        <source>Done; the sampled model was a constant (every edge chose none) while the target varies.</source>
        <translation>Fertig; das gezogene Modell war eine Konstante (jede Kante hat none gewählt), während das Ziel schwankt.</translation>
    </message>
</context>
<context>
    <name>darts::gui::SearchWorker</name>
    <message>
        <source>The search failed: %1</source>
        <translation>Die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>There is no search yet: press Start first.</source>
        <translation>Es gibt noch keine Suche: Drücken Sie zuerst „Starten“.</translation>
    </message>
    <message>
        <source>There is no model to refit yet: re-sample one first.</source>
        <translation>Es gibt noch kein Modell zum Neu-Anpassen: Ziehen Sie zuerst eines neu.</translation>
    </message>
</context>
<context>
    <name>darts::gui::SelectionPanel</name>
    <message>
        <source>Model selection</source>
        <translation>Modellauswahl</translation>
    </message>
    <message>
        <source>One search can settle on a poor model by chance, and the best settings are rarely known in advance. Here many searches run at once: restarts of the window&apos;s settings with other seeds, or a sweep over settings such as the number of nodes and the complexity penalty. Hold out rows for validation so that the models are compared on data they never saw. The table lists every model; the Pareto front shows which are worth their size. The best one is loaded when the run ends; click another point or double-click a row to load that one instead.</source>
        <translation>Eine Suche kann zufällig bei einem schwachen Modell landen, und die besten Einstellungen kennt man selten vorher. Hier laufen viele Suchen zugleich: Neustarts der Einstellungen des Fensters mit anderen Startwerten oder ein Sweep über Einstellungen wie die Zahl der Knoten und die Komplexitätsstrafe. Halten Sie Zeilen zur Validierung zurück, damit die Modelle auf Daten verglichen werden, die sie nie gesehen haben. Die Tabelle führt jedes Modell auf; die Pareto-Front zeigt, welche ihre Größe wert sind. Das beste wird am Ende des Laufs geladen; ein Klick auf einen anderen Punkt oder ein Doppelklick auf eine Zeile lädt stattdessen jenes.</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run every search of the plan on the window&apos;s data and settings, several at once</source>
        <translation>Jede Suche des Plans auf den Daten und Einstellungen des Fensters ausführen, mehrere zugleich</translation>
    </message>
    <message>
        <source>Run model selection</source>
        <translation>Modellauswahl ausführen</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>A&amp;nhalten</translation>
    </message>
    <message>
        <source>Stop every search of the run now; finished ones keep their models</source>
        <translation>Jede Suche des Laufs jetzt anhalten; fertige behalten ihre Modelle</translation>
    </message>
    <message>
        <source>Stop model selection</source>
        <translation>Modellauswahl anhalten</translation>
    </message>
    <message>
        <source>&amp;Load model</source>
        <translation>Modell &amp;laden</translation>
    </message>
    <message>
        <source>Show the selected row&apos;s model in the window, to look at it or continue its search</source>
        <translation>Das Modell der gewählten Zeile im Fenster zeigen, um es anzusehen oder seine Suche fortzusetzen</translation>
    </message>
    <message>
        <source>Load model</source>
        <translation>Modell laden</translation>
    </message>
    <message>
        <source>No run yet.</source>
        <translation>Noch kein Lauf.</translation>
    </message>
    <message>
        <source>Model selection status</source>
        <translation>Stand der Modellauswahl</translation>
    </message>
    <message>
        <source>What the run is doing, or how it ended</source>
        <translation>Was der Lauf gerade tut oder wie er endete</translation>
    </message>
    <message>
        <source>One row per search: click a header to sort, double-click a row to load its model</source>
        <translation>Eine Zeile je Suche: Klick auf eine Spaltenüberschrift sortiert, Doppelklick auf eine Zeile lädt ihr Modell</translation>
    </message>
    <message>
        <source>Model selection results</source>
        <translation>Ergebnisse der Modellauswahl</translation>
    </message>
    <message>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Error map</source>
        <translation>Fehlerkarte</translation>
    </message>
    <message>
        <source>Model selection plots</source>
        <translation>Diagramme der Modellauswahl</translation>
    </message>
    <message>
        <source>The run&apos;s models as a Pareto front, or as a map over nodes and penalty</source>
        <translation>Die Modelle des Laufs als Pareto-Front oder als Karte über Knoten und Strafe</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>Validierung</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Cannot run: %1</source>
        <translation>Kein Lauf möglich: %1</translation>
    </message>
    <message>
        <source>No rows are held out for validation: the best model is chosen by BIC.</source>
        <translation>Keine Zeilen sind zur Validierung zurückgehalten: Das beste Modell wird nach BIC gewählt.</translation>
    </message>
    <message numerus="yes">
        <source>Running %n search(es)…</source>
        <translation>
            <numerusform>%n Suche läuft…</numerusform>
            <numerusform>%n Suchen laufen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten…</translation>
    </message>
    <message>
        <source>Stopped: %1 of %2 searches gave a model.</source>
        <translation>Angehalten: %1 von %2 Suchen ergaben ein Modell.</translation>
    </message>
    <message>
        <source>Done: %1 of %2 searches gave a model.</source>
        <translation>Fertig: %1 von %2 Suchen ergaben ein Modell.</translation>
    </message>
    <message numerus="yes">
        <source>%n search(es).</source>
        <translation>
            <numerusform>%n Suche.</numerusform>
            <numerusform>%n Suchen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>darts::gui::SelectionSetup</name>
    <message>
        <source>&amp;Multi-start</source>
        <translation>&amp;Mehrfachstart</translation>
    </message>
    <message>
        <source>Run the window&apos;s settings several times with the seeds seed, seed + 1, …: a search can settle on a poor model by chance</source>
        <translation>Die Einstellungen des Fensters mehrmals mit den Startwerten seed, seed + 1, … ausführen: Eine Suche kann zufällig bei einem schwachen Modell landen</translation>
    </message>
    <message>
        <source>Multi-start</source>
        <translation>Mehrfachstart</translation>
    </message>
    <message>
        <source>S&amp;weep</source>
        <translation>S&amp;weep</translation>
    </message>
    <message>
        <source>Run every combination of the settings&apos; values in the table below</source>
        <translation>Jede Kombination der Werte der Einstellungen in der Tabelle unten ausführen</translation>
    </message>
    <message>
        <source>Sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <source>How many searches with consecutive seeds</source>
        <translation>Wie viele Suchen mit aufeinanderfolgenden Startwerten</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Neustarts</translation>
    </message>
    <message>
        <source>Searches running at once (default: one per processor core)</source>
        <translation>Gleichzeitig laufende Suchen (Vorgabe: eine je Prozessorkern)</translation>
    </message>
    <message>
        <source>Searches at once</source>
        <translation>Suchen zugleich</translation>
    </message>
    <message>
        <source>Validation MSE</source>
        <translation>Validierungs-MSE</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>How the best model is chosen and loaded after the run: the lowest error on the held-out rows (needs rows held out), or the lowest BIC (error against size)</source>
        <translation>Wie das beste Modell nach dem Lauf gewählt und geladen wird: der niedrigste Fehler auf den zurückgehaltenen Zeilen (braucht zurückgehaltene Zeilen) oder das niedrigste BIC (Fehler gegen Größe)</translation>
    </message>
    <message>
        <source>Select by</source>
        <translation>Auswahl nach</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <source>The values to try, separated by commas</source>
        <translation>Die zu versuchenden Werte, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>The sweep&apos;s axes: every combination of their values is one search; the other settings are the window&apos;s</source>
        <translation>Die Achsen des Sweeps: Jede Kombination ihrer Werte ist eine Suche; die übrigen Einstellungen sind die des Fensters</translation>
    </message>
    <message>
        <source>Sweep axes</source>
        <translation>Sweep-Achsen</translation>
    </message>
    <message>
        <source>&amp;Add axis</source>
        <translation>Achse &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Add a setting to sweep over</source>
        <translation>Eine Einstellung hinzufügen, über die der Sweep läuft</translation>
    </message>
    <message>
        <source>Add axis</source>
        <translation>Achse hinzufügen</translation>
    </message>
    <message>
        <source>Remo&amp;ve axis</source>
        <translation>Achse ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected setting from the sweep</source>
        <translation>Die gewählte Einstellung aus dem Sweep entfernen</translation>
    </message>
    <message>
        <source>Remove axis</source>
        <translation>Achse entfernen</translation>
    </message>
    <message>
        <source>Searches at &amp;once:</source>
        <translation>Suchen &amp;zugleich:</translation>
    </message>
    <message>
        <source>&amp;Select by:</source>
        <translation>Aus&amp;wahl nach:</translation>
    </message>
    <message>
        <source>The setting this axis varies</source>
        <translation>Die Einstellung, die diese Achse variiert</translation>
    </message>
    <message>
        <source>Axis setting</source>
        <translation>Einstellung der Achse</translation>
    </message>
    <message>
        <source>The values to try, separated by commas, e.g. 0, 3e-4, 1e-3</source>
        <translation>Die zu versuchenden Werte, durch Kommas getrennt, z. B. 0, 3e-4, 1e-3</translation>
    </message>
</context>
<context>
    <name>darts::gui::SweepHeatmap</name>
    <message>
        <source>Validation error map</source>
        <translation>Karte des Validierungsfehlers</translation>
    </message>
    <message>
        <source>Mean validation MSE of the models with each number of hidden nodes and each complexity penalty (over the other axes, seeds for instance): dark is better</source>
        <translation>Mittlerer Validierungs-MSE der Modelle je Zahl verborgener Knoten und je Komplexitätsstrafe (über die übrigen Achsen, etwa Startwerte): dunkel ist besser</translation>
    </message>
    <message>
        <source>Mean validation MSE</source>
        <translation>Mittlerer Validierungs-MSE</translation>
    </message>
    <message>
        <source>The map needs a sweep with both num_graph_nodes and arch_weight_decay_df as axes.</source>
        <translation>Die Karte braucht einen Sweep mit num_graph_nodes und arch_weight_decay_df als Achsen.</translation>
    </message>
    <message>
        <source>The map needs a sweep with both num_graph_nodes and arch_weight_decay_df as axes; this one has neither or only one.</source>
        <translation>Die Karte braucht einen Sweep mit num_graph_nodes und arch_weight_decay_df als Achsen; dieser hat keine davon oder nur eine.</translation>
    </message>
</context>
<context>
    <name>darts::gui::SweepResultsModel</name>
    <message>
        <source>epoch %1/%2</source>
        <translation>Epoche %1/%2</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>angehalten</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>gescheitert</translation>
    </message>
    <message>
        <source>Progress while it runs, then how the search ended</source>
        <translation>Fortschritt während des Laufs, danach wie die Suche endete</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Mean squared error of the model on the rows it was trained on</source>
        <translation>Mittlerer quadratischer Fehler des Modells auf den Zeilen, auf denen es trainiert wurde</translation>
    </message>
    <message>
        <source>Training MSE</source>
        <translation>Trainings-MSE</translation>
    </message>
    <message>
        <source>Mean squared error on the held-out rows: the fairest comparison</source>
        <translation>Mittlerer quadratischer Fehler auf den zurückgehaltenen Zeilen: der fairste Vergleich</translation>
    </message>
    <message>
        <source>Validation MSE</source>
        <translation>Validierungs-MSE</translation>
    </message>
    <message>
        <source>Coefficients the model uses</source>
        <translation>Koeffizienten, die das Modell verwendet</translation>
    </message>
    <message>
        <source>Coefficients</source>
        <translation>Koeffizienten</translation>
    </message>
    <message>
        <source>Bayesian information criterion: error against size, lower is better</source>
        <translation>Bayessches Informationskriterium: Fehler gegen Größe, niedriger ist besser</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Akaike information criterion: error against size, lower is better</source>
        <translation>Akaike-Informationskriterium: Fehler gegen Größe, niedriger ist besser</translation>
    </message>
    <message>
        <source>AIC</source>
        <translation>AIC</translation>
    </message>
    <message>
        <source>The model&apos;s equations</source>
        <translation>Die Gleichungen des Modells</translation>
    </message>
    <message>
        <source>Equation</source>
        <translation>Gleichung</translation>
    </message>
    <message>
        <source>refining %1/%2</source>
        <translation>Nachbesserung %1/%2</translation>
    </message>
</context>
<context>
    <name>darts::gui::TableModel</name>
    <message>
        <source>Column “%1” is not numeric: line %2 holds “%3”.</source>
        <translation>Spalte „%1“ ist nicht numerisch: Zeile %2 enthält „%3“.</translation>
    </message>
    <message>
        <source>Not a number: this cell is text or empty in the file</source>
        <translation>Keine Zahl: Diese Zelle ist in der Datei Text oder leer</translation>
    </message>
    <message>
        <source>%1 (text)</source>
        <translation>%1 (Text)</translation>
    </message>
    <message>
        <source>Column “%1”: numbers only</source>
        <translation>Spalte „%1“: nur Zahlen</translation>
    </message>
    <message>
        <source>It can be neither an input nor the target.</source>
        <translation>Sie kann weder Eingabe noch Zielgröße sein.</translation>
    </message>
    <message>
        <source>Column “%1” is not numeric: it has no numbers, only empty cells (the first on line %2).</source>
        <translation>Spalte „%1“ ist nicht numerisch: Sie enthält keine Zahlen, nur leere Zellen (die erste in Zeile %2).</translation>
    </message>
    <message>
        <source>If the file writes decimals with a comma, tick “Decimal comma”.</source>
        <translation>Wenn die Datei Dezimalzahlen mit Komma schreibt, kreuzen Sie „Dezimalkomma“ an.</translation>
    </message>
</context>
<context>
    <name>darts::gui::ValidationControls</name>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the rows the search never trains on: their loss shows how well a model generalises, and model selection compares models by it (validation_share)</source>
        <translation>Anteil der Zeilen, auf denen die Suche nie trainiert: Ihr Verlust zeigt, wie gut ein Modell verallgemeinert, und die Modellauswahl vergleicht Modelle danach (validation_share)</translation>
    </message>
    <message>
        <source>Rows held out for validation</source>
        <translation>Zur Validierung zurückgehaltene Zeilen</translation>
    </message>
    <message>
        <source>Which rows are held out: the same number holds out the same rows (validation_seed)</source>
        <translation>Welche Zeilen zurückgehalten werden: Dieselbe Zahl hält dieselben Zeilen zurück (validation_seed)</translation>
    </message>
    <message>
        <source>Validation seed</source>
        <translation>Startwert der Validierung</translation>
    </message>
    <message>
        <source>&amp;Validation:</source>
        <translation>&amp;Validierung:</translation>
    </message>
    <message>
        <source>s&amp;eed:</source>
        <translation>S&amp;tartwert:</translation>
    </message>
    <message>
        <source>no rows</source>
        <translation>keine Zeilen</translation>
    </message>
</context>
<context>
    <name>darts::gui::WeightsPlot</name>
    <message>
        <source>Architecture weights</source>
        <translation>Architekturgewichte</translation>
    </message>
    <message>
        <source>Mixture weights: no epochs yet</source>
        <translation>Mischungsgewichte: noch keine Epochen</translation>
    </message>
    <message>
        <source>Each row is an edge of the computation graph, each column a candidate operation; the colour is the operation&apos;s share of the edge&apos;s mixture</source>
        <translation>Jede Zeile ist eine Kante des Berechnungsgraphen, jede Spalte eine Kandidatenoperation; die Farbe ist der Anteil der Operation an der Mischung der Kante</translation>
    </message>
    <message>
        <source>Heatmap caption</source>
        <translation>Heatmap-Beschriftung</translation>
    </message>
    <message>
        <source>Heatmap of the architecture weights, edges by primitives</source>
        <translation>Heatmap der Architekturgewichte, Kanten mal Primitive</translation>
    </message>
    <message>
        <source>Rows are edges, columns are primitives, colour is the weight from 0 to 1. Click a row to select its edge.</source>
        <translation>Zeilen sind Kanten, Spalten sind Primitive, die Farbe ist das Gewicht von 0 bis 1. Klicken Sie auf eine Zeile, um ihre Kante auszuwählen.</translation>
    </message>
    <message>
        <source>Mixture weight of every primitive on every edge at the latest epoch. Click a row to follow that edge in the plot below.</source>
        <translation>Mischungsgewicht jedes Primitivs auf jeder Kante in der letzten Epoche. Klicken Sie auf eine Zeile, um dieser Kante im Diagramm darunter zu folgen.</translation>
    </message>
    <message>
        <source>The edge whose weights are drawn against epoch below</source>
        <translation>Die Kante, deren Gewichte unten über der Epoche gezeichnet werden</translation>
    </message>
    <message>
        <source>Edge shown against epoch</source>
        <translation>Über Epoche gezeigte Kante</translation>
    </message>
    <message>
        <source>&amp;Edge:</source>
        <translation>&amp;Kante:</translation>
    </message>
    <message>
        <source>Weights of the selected edge against epoch</source>
        <translation>Gewichte der ausgewählten Kante über Epoche</translation>
    </message>
    <message>
        <source>How the weight of each primitive on the selected edge changed over the epochs</source>
        <translation>Wie sich das Gewicht jedes Primitivs auf der ausgewählten Kante über die Epochen verändert hat</translation>
    </message>
    <message>
        <source>Drag the handle to share the height between the heatmap and the edge plot</source>
        <translation>Ziehen Sie den Griff, um die Höhe zwischen Heatmap und Kantendiagramm aufzuteilen</translation>
    </message>
    <message>
        <source>Heatmap and edge plot</source>
        <translation>Heatmap und Kantendiagramm</translation>
    </message>
    <message>
        <source>Primitive</source>
        <translation>Primitiv</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Kante</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>Epoche</translation>
    </message>
    <message>
        <source>Mixture weights: no search set up</source>
        <translation>Mischungsgewichte: keine Suche eingerichtet</translation>
    </message>
    <message>
        <source>Mixture weights at epoch %1 (click a row to follow that edge below)</source>
        <translation>Mischungsgewichte in Epoche %1 (klicken Sie auf eine Zeile, um dieser Kante unten zu folgen)</translation>
    </message>
    <message>
        <source>no value yet</source>
        <translation>noch kein Wert</translation>
    </message>
    <message>
        <source>Edge %1, primitive %2: weight %3</source>
        <translation>Kante %1, Primitiv %2: Gewicht %3</translation>
    </message>
    <message>
        <source>The architecture weights: for every edge (row) the share of every primitive (column) in the mixture, the softmax of its α. A search that settles shows one bright cell per row. Click a row to follow that edge&apos;s weights against the epochs below and to highlight it in the graph.</source>
        <translation>Die Architekturgewichte: für jede Kante (Zeile) der Anteil jedes Primitivs (Spalte) an der Mischung, der Softmax seines α. Eine Suche, die sich festlegt, zeigt eine helle Zelle je Zeile. Klicken Sie auf eine Zeile, um die Gewichte dieser Kante über die Epochen unten zu verfolgen und sie im Graphen hervorzuheben.</translation>
    </message>
    <message>
        <source>With product nodes, the rows under the edges are the hidden nodes: each node&apos;s weight of adding its incoming edges (+) and of multiplying them (×), learned like a primitive&apos;s.</source>
        <translation>Mit Produktknoten sind die Zeilen unter den Kanten die verborgenen Knoten: das Gewicht jedes Knotens für das Addieren seiner eingehenden Kanten (+) und für ihr Multiplizieren (×), gelernt wie das eines Primitivs.</translation>
    </message>
    <message>
        <source>+ sum</source>
        <translation>+ Summe</translation>
    </message>
    <message>
        <source>× product</source>
        <translation>× Produkt</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>%1: + / ×</source>
        <translation>%1: + / ×</translation>
    </message>
    <message>
        <source>Node %1 adds its edges with weight %2 and multiplies them with weight %3</source>
        <translation>Knoten %1 addiert seine Kanten mit Gewicht %2 und multipliziert sie mit Gewicht %3</translation>
    </message>
    <message>
        <source>Node %1: no value yet</source>
        <translation>Knoten %1: noch kein Wert</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Discover equations from data by DARTS.</source>
        <translation>Gleichungen aus Daten finden mit DARTS.</translation>
    </message>
    <message>
        <source>Open a built-in example: seed, weber-fechner, stevens, learning-curve.</source>
        <translation>Ein eingebautes Beispiel öffnen: seed, weber-fechner, stevens, learning-curve.</translation>
    </message>
    <message>
        <source>Search, re-sample, save a PNG of the window to this file, quit.</source>
        <translation>Suchen, neu ziehen, ein PNG des Fensters in diese Datei speichern, beenden.</translation>
    </message>
    <message>
        <source>Epochs to search before the screenshot.</source>
        <translation>Epochen, die vor dem Bildschirmfoto gesucht werden.</translation>
    </message>
    <message>
        <source>Start the search at once.</source>
        <translation>Die Suche sofort starten.</translation>
    </message>
    <message>
        <source>Continue the opened session&apos;s search at once (as Search &gt; Continue).</source>
        <translation>Die Suche der geöffneten Sitzung sofort fortsetzen (wie Suche &gt; Weitersuchen).</translation>
    </message>
    <message>
        <source>Seconds between autosaves of a running search.</source>
        <translation>Sekunden zwischen automatischen Sicherungen einer laufenden Suche.</translation>
    </message>
    <message>
        <source>A session (.darts), sweep results (.dartssweep) or a CSV/TSV data file.</source>
        <translation>Eine Sitzung (.darts), Sweep-Ergebnisse (.dartssweep) oder eine CSV-/TSV-Datendatei.</translation>
    </message>
</context>
</TS>
