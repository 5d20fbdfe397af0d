<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ClusterJobAlgorithm</name>
    <message>
        <location filename="../algorithms/clusterjob.py" line="44"/>
        <source>Cluster job (Spark)</source>
        <translation>Clustertaak (Spark)</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="47"/>
        <source>terrascope,spark,cluster,yarn,job,archive,composite,statistics,histogram,region</source>
        <translation>terrascope,spark,cluster,yarn,taak,archief,composiet,statistieken,histogram,regio</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="50"/>
        <source>Writes a job folder that runs a mean composite, temporal statistics or a histogram over a whole archive selection on Apache Spark: on the Terrascope cluster (YARN) or on any machine.

Selection and settings: as in &apos;Find products&apos; (the archive folder as the cluster sees it, content, dates, tiles, extent, cloud cover) and as in the composites (scene classification classes, growth of clouds and shadows, scaling). Nothing is read here: the cluster scans the archive when the job runs.

The job folder holds terrascope_processing.zip (the code), run.py, arguments.txt and submit.sh: &apos;./submit.sh local&apos; runs it here with spark-submit, &apos;./submit.sh yarn&apos; on the cluster (after kinit, with a packed Python environment holding GDAL, numpy and lxml: see the script). The job writes one Cloud Optimized GeoTIFF per tile, VRT mosaics and job.json into its output folder, with the values this plugin&apos;s algorithms give for each tile.</source>
        <translation>Schrijft een taakmap die een gemiddeld composiet, temporele statistieken of een histogram over een hele archiefselectie uitvoert met Apache Spark: op de Terrascope-cluster (YARN) of op een willekeurige machine.

Selectie en instellingen: zoals in 'Producten zoeken' (de archiefmap zoals de cluster ze ziet, inhoud, datums, tegels, bereik, bewolkingsgraad) en zoals in de composieten (scèneclassificatieklassen, uitbreiding van wolken en schaduwen, omzetting). Hier wordt niets gelezen: de cluster doorzoekt het archief wanneer de taak loopt.

De taakmap bevat terrascope_processing.zip (de code), run.py, arguments.txt en submit.sh: './submit.sh local' voert ze hier uit met spark-submit, './submit.sh yarn' op de cluster (na kinit, met een verpakte Python-omgeving met GDAL, numpy en lxml: zie het script). De taak schrijft één Cloud Optimized GeoTIFF per tegel, VRT-mozaïeken en job.json in haar uitvoermap, met de waarden die de algoritmen van deze plugin voor elke tegel geven.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="65"/>
        <source>Archive folder (as the cluster sees it)</source>
        <translation>Archiefmap (zoals de cluster ze ziet)</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="65"/>
        <source>The archive folder the job scans, recursively, as a path on the cluster (it need not exist on this machine); several folders separated by semicolons.</source>
        <translation>De archiefmap die de taak recursief doorzoekt, als pad op de cluster (ze hoeft op deze machine niet te bestaan); meerdere mappen gescheiden door puntkomma's.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Computation</source>
        <translation>Berekening</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Mean composite</source>
        <translation>Gemiddeld composiet</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Temporal statistics</source>
        <translation>Temporele statistieken</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Mean composite: one mean (and count) per tile. Temporal statistics: the chosen statistics per tile. Histogram: one histogram of every selected product.</source>
        <translation>Gemiddeld composiet: één gemiddelde (en aantal) per tegel. Temporele statistieken: de gekozen statistieken per tegel. Histogram: één histogram van elk geselecteerd product.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="78"/>
        <source>Also the number of valid observations</source>
        <translation>Ook het aantal geldige waarnemingen</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="78"/>
        <source>Mean composite: also write the count per tile (count.tif, count.vrt).</source>
        <translation>Gemiddeld composiet: ook het aantal per tegel schrijven (count.tif, count.vrt).</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="81"/>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="81"/>
        <source>Temporal statistics: which statistics, as in &apos;Temporal statistics&apos;.</source>
        <translation>Temporele statistieken: welke statistieken, zoals in 'Temporele statistieken'.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="85"/>
        <source>Percentiles (0–100, comma-separated)</source>
        <translation>Percentielen (0–100, kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="85"/>
        <source>Temporal statistics: the percentiles when &apos;Percentiles&apos; is chosen.</source>
        <translation>Temporele statistieken: de percentielen als 'Percentielen' gekozen is.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="88"/>
        <source>Number of bins</source>
        <translation>Aantal klassen</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="88"/>
        <source>Histogram: how many equal bins.</source>
        <translation>Histogram: hoeveel gelijke klassen.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="92"/>
        <source>Histogram minimum</source>
        <translation>Minimum van het histogram</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="92"/>
        <source>Histogram maximum</source>
        <translation>Maximum van het histogram</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="93"/>
        <source>Histogram: the range; empty: the content&apos;s physical (or digital number) range.</source>
        <translation>Histogram: het bereik; leeg: het fysische (of DN-)bereik van de inhoud.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="96"/>
        <source>Output folder of the job</source>
        <translation>Uitvoermap van de taak</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="96"/>
        <source>Where the job writes its results, as a path that the driver and every executor reach (on the cluster: a shared folder, e.g. under /data/users). Empty: a folder &apos;output&apos; in the job folder, for a run on this machine.</source>
        <translation>Waar de taak haar resultaten schrijft, als pad dat de driver en elke executor bereiken (op de cluster: een gedeelde map, bv. onder /data/users). Leeg: een map 'output' in de taakmap, voor een run op deze machine.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="101"/>
        <source>Job folder</source>
        <translation>Taakmap</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="101"/>
        <source>The folder to write the job into (created if needed).</source>
        <translation>De map waarin de taak geschreven wordt (zo nodig aangemaakt).</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="103"/>
        <source>Submit script</source>
        <translation>Indienscript</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="130"/>
        <source>Job written to {}; submit it with {} local (or yarn)</source>
        <translation>Taak geschreven naar {}; dien ze in met {} local (of yarn)</translation>
    </message>
</context>
<context>
    <name>FindAndCompositeModel</name>
    <message>
        <location filename="../algorithms/findandcomposite.py" line="18"/>
        <source>Find products and mean composite (model)</source>
        <translation>Producten zoeken en gemiddeld composiet (model)</translation>
    </message>
    <message>
        <location filename="../algorithms/findandcomposite.py" line="21"/>
        <source>terrascope,sentinel-2,model,archive,find,composite,mean,workflow</source>
        <translation>terrascope,sentinel-2,model,archief,zoeken,composiet,gemiddelde,werkstroom</translation>
    </message>
</context>
<context>
    <name>FindAndTimeSeriesModel</name>
    <message>
        <location filename="../algorithms/findandtimeseries.py" line="18"/>
        <source>Find products and time series at fields (model)</source>
        <translation>Producten zoeken en tijdreeksen op percelen (model)</translation>
    </message>
    <message>
        <location filename="../algorithms/findandtimeseries.py" line="21"/>
        <source>terrascope,sentinel-2,model,archive,find,time series,ndvi curve,points,fields,workflow</source>
        <translation>terrascope,sentinel-2,model,archief,zoeken,tijdreeks,ndvi-curve,punten,percelen,werkstroom</translation>
    </message>
</context>
<context>
    <name>FindProductsAlgorithm</name>
    <message>
        <location filename="../algorithms/findproducts.py" line="85"/>
        <source>Find products</source>
        <translation>Producten zoeken</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="88"/>
        <source>terrascope,sentinel-2,archive,catalogue,search,find,footprint,time series,tiles</source>
        <translation>terrascope,sentinel-2,archief,catalogus,zoeken,voetafdruk,tijdreeks,tegels</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="135"/>
        <source>Folder to scan (with its subfolders)</source>
        <translation>Te doorzoeken map (met submappen)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="135"/>
        <source>A Terrascope archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) or any folder holding Terrascope files; it is scanned recursively.</source>
        <translation>Een Terrascope-archiefmap (bv. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) of een willekeurige map met Terrascope-bestanden; ze wordt recursief doorzocht.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="163"/>
        <source>Content (e.g. NDVI, TOC-B04; empty: all)</source>
        <translation>Inhoud (bv. NDVI, TOC-B04; leeg: alle)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="163"/>
        <source>Product contents separated by commas, e.g. NDVI or TOC-B04,TOC-B08; a resolution may be appended (FAPAR_10M). Empty: every product raster except quicklooks and masks; SCENECLASSIFICATION (or SCL) lists the scene classification files.</source>
        <translation>Productinhouden gescheiden door komma's, bv. NDVI of TOC-B04,TOC-B08; er mag een resolutie achter staan (FAPAR_10M). Leeg: elk productraster behalve quicklooks en maskers; SCENECLASSIFICATION (of SCL) geeft de scèneclassificatiebestanden.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="168"/>
        <source>Start (UTC, inclusive)</source>
        <translation>Begin (UTC, inclusief)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="168"/>
        <source>Earliest acquisition time, inclusive; a time without a zone is UTC.</source>
        <translation>Vroegste opnametijdstip, inclusief; een tijd zonder tijdzone is UTC.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="172"/>
        <source>End (UTC, inclusive)</source>
        <translation>Einde (UTC, inclusief)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="172"/>
        <source>Latest acquisition time, inclusive; a time without a zone is UTC. A date alone (YYYY-MM-DD) includes that whole day.</source>
        <translation>Laatste opnametijdstip, inclusief; een tijd zonder tijdzone is UTC. Een datum alleen (JJJJ-MM-DD) omvat die hele dag.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="177"/>
        <source>Tiles (comma-separated, e.g. 31UFS,31UES)</source>
        <translation>Tegels (kommagescheiden, bv. 31UFS,31UES)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="141"/>
        <source>Mission (S2A, S2B, S2C)</source>
        <translation>Missie (S2A, S2B, S2C)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="183"/>
        <source>Extent</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="183"/>
        <source>Keep products whose footprint intersects this extent (any CRS: it is transformed to EPSG:4326). An extent without a CRS is taken as EPSG:4326.</source>
        <translation>Producten behouden waarvan de voetafdruk dit bereik snijdt (in elk CRS: het wordt omgezet naar EPSG:4326). Een bereik zonder CRS wordt als EPSG:4326 beschouwd.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="186"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale bewolkingsgraad (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="145"/>
        <source>Resolution (10M, 20M, 60M)</source>
        <translation>Resolutie (10M, 20M, 60M)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="149"/>
        <source>Keep products of unknown cloud cover</source>
        <translation>Producten met onbekende bewolkingsgraad behouden</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="149"/>
        <source>With a maximum cloud cover: keep (ticked) or leave out (unticked) the products whose cloud cover is unknown because they have no XML sidecar.</source>
        <translation>Bij een maximale bewolkingsgraad: de producten waarvan de bewolkingsgraad onbekend is omdat ze geen XML-metadatabestand hebben, behouden (aangevinkt) of weglaten (niet aangevinkt).</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="194"/>
        <source>Product footprints</source>
        <translation>Voetafdrukken van de producten</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="194"/>
        <source>One footprint polygon (EPSG:4326) per product file found, sorted by time.</source>
        <translation>Eén voetafdrukpolygoon (EPSG:4326) per gevonden productbestand, gesorteerd op tijd.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="197"/>
        <source>Product files</source>
        <translation>Productbestanden</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="218"/>
        <source>{}: {!r} is not a date-time (expected e.g. 2019-03-07T10:50:21)</source>
        <translation>{}: {!r} is geen datum-tijd (verwacht bv. 2019-03-07T10:50:21)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="236"/>
        <source>The extent has no CRS: taken as EPSG:4326 (longitude, latitude).</source>
        <translation>Het bereik heeft geen CRS: het wordt als EPSG:4326 (lengtegraad, breedtegraad) beschouwd.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="243"/>
        <source>The extent cannot be transformed from {} to EPSG:4326: {}</source>
        <translation>Het bereik kan niet van {} naar EPSG:4326 omgezet worden: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="252"/>
        <source>No input folder was given</source>
        <translation>Er is geen invoermap opgegeven</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="261"/>
        <source>{} files listed, {} Terrascope rasters, {} older or duplicate versions set aside: {} products found.</source>
        <translation>{} bestanden doorlopen, {} Terrascope-rasters, {} oudere of dubbele versies opzijgezet: {} producten gevonden.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="286"/>
        <source>No product in {} matches the filters.</source>
        <translation>Geen enkel product in {} voldoet aan de filters.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="153"/>
        <source>Add the product files to the project</source>
        <translation>De productbestanden aan het project toevoegen</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="153"/>
        <source>Ticked: when run from the dialog, every product file found is added to the project as a raster layer, styled by its content, ready to be chosen in &apos;Input rasters&apos; of the composites. Scripts and qgis_process use the &apos;Product files&apos; output instead.</source>
        <translation>Aangevinkt: bij uitvoering vanuit het dialoogvenster wordt elk gevonden productbestand als rasterlaag aan het project toegevoegd, opgemaakt volgens zijn inhoud, klaar om gekozen te worden in 'Invoerrasters' van de composieten. Scripts en qgis_process gebruiken in plaats daarvan de uitvoer 'Productbestanden'.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="186"/>
        <source>Keep products whose cloud cover (from the XML sidecar, or the catalogue&apos;s item) is at most this percentage. Products of unknown cloud cover are kept, with a warning.</source>
        <translation>Producten behouden waarvan de bewolkingsgraad (uit het XML-metadatabestand of het catalogusitem) hoogstens dit percentage is. Producten met onbekende bewolkingsgraad worden behouden, met een waarschuwing.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="308"/>
        <source>Terrascope</source>
        <translation>Terrascope</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="310"/>
        <source>{content} products {dates}</source>
        <translation>{content}-producten {dates}</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="319"/>
        <source>No project to add the product files to: use the &apos;Product files&apos; output.</source>
        <translation>Geen project om de productbestanden aan toe te voegen: gebruik de uitvoer 'Productbestanden'.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="91"/>
        <source>Finds Terrascope Sentinel-2 and PROBA-V product rasters in a folder and all its subfolders, filtered by content, dates, tiles, mission, extent and cloud cover, ready for the composites.

Where it looks: a copy of the Terrascope archive (COLLECTION/YYYY/MM/DD/product/[10M|20M/]files, e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2; PROBA-V: COLLECTION/YYYY/YYYYMMDD/product/files, e.g. /data/MTDA/TIFFDERIVED/PROBAV_L3_S1_TOC_333M, V001 without the year) or any folder of Terrascope files. Only file names are listed, then the XML sidecar (cloud cover, footprint) and at most the GeoTIFF header of the matching files are read, never pixels: large archives are scanned in seconds. Files whose names do not follow the Terrascope convention are ignored.

Filters (all optional, all combined):
- Content: e.g. NDVI, FAPAR, TOC-B04; several separated by commas. A resolution may be appended (FAPAR_10M). Empty: every product raster except the quicklooks and the masks. The scene classification (SCL) of each product is given in its scl_path field; SCL files themselves are listed only when asked for (SCENECLASSIFICATION or SCL).
- Start and end: acquisition date-times, both inclusive, in UTC (a time without a zone is UTC). An end given as a date alone includes that whole day.
- Tiles: MGRS tiles separated by commas, e.g. 31UFS,31UES, or PROBA-V tiles (X18Y02). Mission: S2A, S2B, S2C or PROBAV. PROBA-V contents are the layers (NDVI, RADIOMETRY, SM…); the status map of each PROBA-V product is given in scl_path.
- Extent: in any CRS; products whose footprint intersects it are kept. The footprint comes from the XML sidecar, else from the GeoTIFF header; products with neither are left out, with a warning.
- Maximum cloud cover (%): from the XML sidecar. Products whose cloud cover is unknown (no sidecar) are kept, with a warning, unless 'Keep products of unknown cloud cover' is unticked: masking with the scene classification removes their clouds pixel by pixel later.

Where several versions of one acquisition exist (e.g. V200 and V210), only the highest is kept, per content and resolution.

Outputs: a layer of footprint polygons (EPSG:4326), one feature per product file, sorted by acquisition time then tile, with the fields path, mission, acquisition (UTC), tile, content, resolution, version, cloud_cover (empty when unknown) and scl_path; and the list of the files ('Product files'), to connect to the inputs of the composites, temporal statistics or histogram in a model. For a composite, choose one content and one resolution so that all files share a grid.</source>
        <translation>Zoekt Terrascope Sentinel-2- en PROBA-V-productrasters in een map en al haar submappen, gefilterd op inhoud, datums, tegels, missie, bereik en bewolkingsgraad, klaar voor de composieten.

Waar er gezocht wordt: een kopie van het Terrascope-archief (COLLECTIE/JJJJ/MM/DD/product/[10M|20M/]bestanden, bv. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2; PROBA-V: COLLECTIE/JJJJ/JJJJMMDD/product/bestanden, bv. /data/MTDA/TIFFDERIVED/PROBAV_L3_S1_TOC_333M, V001 zonder het jaar) of een willekeurige map met Terrascope-bestanden. Alleen bestandsnamen worden opgesomd; daarna worden het XML-metadatabestand (bewolkingsgraad, voetafdruk) en hoogstens de GeoTIFF-header van de passende bestanden gelezen, nooit pixels: grote archieven worden in enkele seconden doorzocht. Bestanden waarvan de naam de Terrascope-conventie niet volgt, worden genegeerd.

Filters (alle optioneel, alle gecombineerd):
- Inhoud: bv. NDVI, FAPAR, TOC-B04; meerdere gescheiden door komma's. Er mag een resolutie achter staan (FAPAR_10M). Leeg: elk productraster behalve de quicklooks en de maskers. De scèneclassificatie (SCL) van elk product staat in zijn veld scl_path; de SCL-bestanden zelf worden alleen op vraag opgesomd (SCENECLASSIFICATION of SCL).
- Begin en einde: opnametijdstippen, beide inclusief, in UTC (een tijd zonder tijdzone is UTC). Een einde dat als datum alleen gegeven wordt, omvat die hele dag.
- Tegels: MGRS-tegels gescheiden door komma's, bv. 31UFS,31UES, of PROBA-V-tegels (X18Y02). Missie: S2A, S2B, S2C of PROBAV. PROBA-V-inhouden zijn de lagen (NDVI, RADIOMETRY, SM…); de statuskaart van elk PROBA-V-product staat in scl_path.
- Bereik: in elk CRS; producten waarvan de voetafdruk het snijdt, worden behouden. De voetafdruk komt uit het XML-metadatabestand, anders uit de GeoTIFF-header; producten zonder beide worden weggelaten, met een waarschuwing.
- Maximale bewolkingsgraad (%): uit het XML-metadatabestand. Producten met onbekende bewolkingsgraad (geen metadatabestand) worden behouden, met een waarschuwing, tenzij 'Producten met onbekende bewolkingsgraad behouden' niet aangevinkt is: het maskeren met de scèneclassificatie verwijdert hun wolken later pixel per pixel.

Als er van één opname meerdere versies bestaan (bv. V200 en V210), wordt alleen de hoogste behouden, per inhoud en resolutie.

Uitvoer: een laag met voetafdrukpolygonen (EPSG:4326), één object per productbestand, gesorteerd op opnametijd en dan op tegel, met de velden path, mission, acquisition (UTC), tile, content, resolution, version, cloud_cover (leeg indien onbekend) en scl_path; en de lijst van de bestanden ('Productbestanden'), om in een model te verbinden met de invoer van de composieten, de temporele statistieken of het histogram. Kies voor een composiet één inhoud en één resolutie, zodat alle bestanden één raster delen.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="141"/>
        <source>Satellites to keep (S2A, S2B, S2C, PROBAV), separated by commas; empty: all.</source>
        <translation>Te behouden satellieten (S2A, S2B, S2C, PROBAV), gescheiden door komma's; leeg: alle.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="145"/>
        <source>Resolutions to keep, separated by commas, e.g. 10M (biophysical products come at 10M and 20M; PROBA-V at 1KM, 333M or 100M); empty: all.</source>
        <translation>Te behouden resoluties, gescheiden door komma's, bv. 10M (biofysische producten bestaan in 10M en 20M; PROBA-V in 1KM, 333M of 100M); leeg: alle.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="177"/>
        <source>MGRS tiles (or PROBA-V tiles, e.g. X18Y02) to keep, separated by commas; empty: all tiles.</source>
        <translation>Te behouden MGRS-tegels (of PROBA-V-tegels, bv. X18Y02), gescheiden door komma's; leeg: alle tegels.</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../algorithms/help_texts.py" line="42"/>
        <source>no published scale (the file&apos;s tags, or &apos;Scale&apos; and &apos;Offset&apos;)</source>
        <translation>geen gepubliceerde schaal (de tags van het bestand, of 'Schaal' en 'Offset')</translation>
    </message>
    <message>
        <location filename="../algorithms/help_texts.py" line="49"/>
        <source>bands</source>
        <translation>banden</translation>
    </message>
    <message>
        <location filename="../algorithms/help_texts.py" line="72"/>
        <source>Quality layer: for {s2} the scene classification (SCL) …_{scl}_{scl_resolution}_… of the same product, found beside the input by the naming convention (same folder, or the sibling {scl_resolution} folder of a biophysical product) unless given; it is put onto the input's grid by nearest neighbour, never interpolated, and SCL 0 (no data) is a class like the others although the files do not declare it.

For {pv} the status map …_{sm}.tif of the same product, beside it; its classes read as SCL classes: {reading}. So the default classes mask every {pv} pixel that is not clear; add 6 to mask the sea too, and switch on the advanced radiometric-quality option to mask pixels whose status map flags a band the values depend on. Distances in metres on {pv}'s plate carrée grids count {metres:g} m per degree.</source>
        <translation>Kwaliteitslaag: voor {s2} de scèneclassificatie (SCL) …_{scl}_{scl_resolution}_… van hetzelfde product, via de naamgevingsconventie naast de invoer gevonden (dezelfde map, of de zustermap {scl_resolution} van een biofysisch product) tenzij opgegeven; ze wordt met naaste buur op het raster van de invoer gelegd, nooit geïnterpoleerd, en SCL 0 (geen data) is een klasse als de andere, al declareren de bestanden ze niet.

Voor {pv} de statuskaart …_{sm}.tif van hetzelfde product, ernaast; haar klassen worden als SCL-klassen gelezen: {reading}. De standaardklassen maskeren dus elke {pv}-pixel die niet helder is; voeg 6 toe om ook de zee te maskeren, en zet de geavanceerde optie voor radiometrische kwaliteit aan om pixels te maskeren waarvan de statuskaart een band markeert waar de waarden van afhangen. Afstanden in meter op de plate-carréerasters van {pv} tellen {metres:g} m per graad.</translation>
    </message>
    <message>
        <location filename="../algorithms/help_texts.py" line="88"/>
        <source>Outputs are tiled, compressed GeoTIFFs on the input grid, written to temporary files and put in place only when the whole run succeeds: a failure or a cancel leaves nothing behind.</source>
        <translation>De uitvoer bestaat uit getegelde, gecomprimeerde GeoTIFF's op het raster van de invoer, naar tijdelijke bestanden geschreven en pas op hun plaats gezet als de hele run slaagt: een fout of een annulering laat niets achter.</translation>
    </message>
</context>
<context>
    <name>HistogramAlgorithm</name>
    <message>
        <location filename="../algorithms/histogram.py" line="38"/>
        <source>Histogram of a series</source>
        <translation>Histogram van een reeks</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="41"/>
        <source>terrascope,sentinel-2,histogram,distribution,frequency,time series,ndvi,cloud mask,scl</source>
        <translation>terrascope,sentinel-2,histogram,verdeling,frequentie,tijdreeks,ndvi,wolkenmasker,scl</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="69"/>
        <source>Number of bins</source>
        <translation>Aantal klassen</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="75"/>
        <source>Minimum (lower edge of the first bin)</source>
        <translation>Minimum (ondergrens van de eerste klasse)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="75"/>
        <source>Maximum (upper edge of the last bin)</source>
        <translation>Maximum (bovengrens van de laatste klasse)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="88"/>
        <source>Histogram</source>
        <translation>Histogram</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="90"/>
        <source>A table without geometry: one row per bin with bin_min, bin_max and count.</source>
        <translation>Een tabel zonder geometrie: één rij per klasse met bin_min, bin_max en count.</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="93"/>
        <source>Histogram plot</source>
        <translation>Histogramgrafiek</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="93"/>
        <source>Optional bar chart of the histogram: a .png image (needs matplotlib) or an .html page with an inline SVG chart. A .png asked for without matplotlib is written as .html beside it.</source>
        <translation>Optioneel staafdiagram van het histogram: een .png-afbeelding (vereist matplotlib) of een .html-pagina met een ingebedde SVG-grafiek. Een .png gevraagd zonder matplotlib wordt ernaast als .html geschreven.</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="116"/>
        <source>Range {} to {} in {} bins: {} values counted</source>
        <translation>Bereik {} tot {} in {} klassen: {} waarden geteld</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="119"/>
        <source>{} valid values fell outside the range and are in no bin: {} below {} and {} above {}</source>
        <translation>{} geldige waarden vielen buiten het bereik en zitten in geen enkele klasse: {} onder {} en {} boven {}</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="145"/>
        <source>{} histogram of {} input(s)</source>
        <translation>{}-histogram van {} invoer(en)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="146"/>
        <source> (digital numbers)</source>
        <translation> (digitale waarden)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="72"/>
        <source>How many equal bins divide the range from &apos;Minimum&apos; to &apos;Maximum&apos;.</source>
        <translation>In hoeveel gelijke klassen het bereik van 'Minimum' tot 'Maximum' verdeeld wordt.</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="75"/>
        <source>Empty: the content&apos;s physical range (&apos;Scale to physical values&apos; ticked) or valid DN range (unticked).</source>
        <translation>Leeg: het fysische bereik van de inhoud ('Omzetten naar fysische waarden' aangevinkt) of het geldige DN-bereik (niet aangevinkt).</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="138"/>
        <source>{series} histogram</source>
        <translation>Histogram {series}</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="45"/>
        <source>Counts the values of every given Terrascope product of one content in equal bins and sums the counts over all of them — the histogram of a whole time series or of several images at once.

The products may lie on different grids (several tiles, UTM zones or resolutions): each is counted on its own grid, so a place seen by two overlapping tiles counts in both.

Only valid values count: the nodata DN and DNs outside the valid range are left out, and so are pixels whose scene classification (SCL, found beside each input) is one of the chosen classes (advanced: grown around clouds and shadows, or buffered as openEO's two-kernel mask does).

Range: from 'Minimum' to 'Maximum' in 'Number of bins' equal bins. Left empty, they default to the content's physical range (NDVI −0.08 to 0.92, FAPAR and FCOVER 0 to 1, LAI 0 to 10, TOC reflectance 0 to 1) with 'Scale to physical values' ticked, or to the valid range of the digital numbers without (NDVI and LAI 0 to 250, FAPAR and FCOVER 0 to 200, TOC 0 to 10000). Every bin holds its lower edge; the last bin holds its upper edge too. Values outside the range are in no bin: how many fell below and above it is written to the log.

Output: a table without geometry, one row per bin, with the fields bin_min, bin_max and count. Histogram plot (optional): a bar chart, as a PNG image when matplotlib is available (it ships with QGIS on most systems) or as an HTML page with an SVG chart (no extra library).</source>
        <translation>Telt de waarden van elk opgegeven Terrascope-product van één inhoud in gelijke klassen en telt de aantallen over alle producten op — het histogram van een hele tijdreeks of van meerdere beelden tegelijk.

De producten mogen op verschillende rasters liggen (meerdere tegels, UTM-zones of resoluties): elk wordt op zijn eigen raster geteld, zodat een plaats die door twee overlappende tegels gezien wordt, in beide meetelt.

Alleen geldige waarden tellen: de nodata-DN en DN's buiten het geldige bereik worden weggelaten, net als pixels waarvan de scèneclassificatie (SCL, gevonden naast elke invoer) een van de gekozen klassen is (geavanceerd: uitgebreid rond wolken en schaduwen, of gebufferd zoals het twee-kernelmasker van openEO).

Bereik: van 'Minimum' tot 'Maximum' in 'Aantal klassen' gelijke klassen. Leeg gelaten gelden het fysische bereik van de inhoud (NDVI −0,08 tot 0,92, FAPAR en FCOVER 0 tot 1, LAI 0 tot 10, TOC-reflectantie 0 tot 1) met 'Omzetten naar fysische waarden' aangevinkt, of anders het geldige bereik van de digitale waarden (NDVI en LAI 0 tot 250, FAPAR en FCOVER 0 tot 200, TOC 0 tot 10000). Elke klasse bevat haar ondergrens; de laatste klasse ook haar bovengrens. Waarden buiten het bereik zitten in geen enkele klasse: hoeveel eronder en erboven vielen, staat in het logboek.

Uitvoer: een tabel zonder geometrie, één rij per klasse, met de velden bin_min, bin_max en count. Histogramgrafiek (optioneel): een staafdiagram, als PNG-afbeelding wanneer matplotlib beschikbaar is (het wordt op de meeste systemen met QGIS meegeleverd) of als HTML-pagina met een SVG-grafiek (geen extra bibliotheek).</translation>
    </message>
</context>
<context>
    <name>MaskBySclAlgorithm</name>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="43"/>
        <source>Mask by scene classification</source>
        <translation>Maskeren met de scèneclassificatie</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="74"/>
        <source>Terrascope raster</source>
        <translation>Terrascope-raster</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="80"/>
        <source>Scene classification (SCL)</source>
        <translation>Scèneclassificatie (SCL)</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="88"/>
        <source>Masked raster</source>
        <translation>Gemaskeerd raster</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="89"/>
        <source>The input with masked pixels set to its nodata value; same data type.</source>
        <translation>De invoer met de gemaskeerde pixels op haar nodata-waarde; zelfde gegevenstype.</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="96"/>
        <source>No input raster was given</source>
        <translation>Er is geen invoerraster opgegeven</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="106"/>
        <source>Scene classification: {}</source>
        <translation>Scèneclassificatie: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="110"/>
        <source>{} declares no nodata value: masked pixels were set to {}, the product table&apos;s nodata DN for {}, which the output declares.</source>
        <translation>{} declareert geen nodata-waarde: gemaskeerde pixels kregen {}, de nodata-DN uit de producttabel voor {}, die de uitvoer declareert.</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="114"/>
        <source>Masked pixels set to the nodata value {}</source>
        <translation>Gemaskeerde pixels op de nodata-waarde {} gezet</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="115"/>
        <source>{} pixels masked</source>
        <translation>{} pixels gemaskeerd</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="116"/>
        <source>{input} masked</source>
        <translation>{input} gemaskeerd</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="46"/>
        <source>terrascope,sentinel-2,proba-v,scl,scene classification,status map,cloud,shadow,mask,dilation,buffer,nodata</source>
        <translation>terrascope,sentinel-2,proba-v,scl,scèneclassificatie,statuskaart,wolk,schaduw,masker,dilatatie,buffer,nodata</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="50"/>
        <source>Sets to nodata the pixels of a Terrascope raster that its scene classification (SCL) marks as clouds, shadows or other unwanted classes. Everything else is copied unchanged: the output has the input&apos;s data type, bands, grid and scale tags.

{quality_layer}

File names follow {pattern}.

Scene classification classes to mask: the SCL values whose pixels are masked. Default: {defaults}. Choose none to copy the input unmasked.

Grow clouds and shadows by (m): a distance by which the masked cloud and shadow classes grow: every pixel whose centre lies within that distance (rounded to whole pixels of the input) of a pixel of a chosen class among {dilatable} is masked too. Snow, no data and saturated pixels are not grown. The advanced &apos;SCL mask method&apos; offers openEO&apos;s two-kernel buffer instead.

Masked raster: masked pixels get the input&apos;s nodata value; where the input declares none, the product table&apos;s nodata DN for its content ({nodata}) is used and declared on the output (the log says so). {atomic}</source>
        <translation>Zet de pixels van een Terrascope-raster die zijn scèneclassificatie (SCL) als wolken, schaduwen of andere ongewenste klassen markeert op nodata. Al het andere wordt ongewijzigd gekopieerd: de uitvoer heeft het gegevenstype, de banden, het raster en de schaaltags van de invoer.

{quality_layer}

Bestandsnamen volgen {pattern}.

Te maskeren scèneclassificatieklassen: de SCL-waarden waarvan de pixels gemaskeerd worden. Standaard: {defaults}. Kies er geen om de invoer ongemaskeerd te kopiëren.

Wolken en schaduwen uitbreiden met (m): een afstand waarmee de gemaskeerde wolken- en schaduwklassen groeien: elke pixel waarvan het middelpunt binnen die afstand (afgerond op hele pixels van de invoer) van een pixel van een gekozen klasse uit {dilatable} ligt, wordt ook gemaskeerd. Sneeuw, ontbrekende data en verzadigde pixels worden niet uitgebreid. De geavanceerde 'SCL-maskermethode' biedt in plaats daarvan de twee-kernelbuffer van openEO.

Gemaskeerd raster: gemaskeerde pixels krijgen de nodata-waarde van de invoer; declareert de invoer er geen, dan wordt de nodata-DN uit de producttabel voor haar inhoud ({nodata}) gebruikt en op de uitvoer gedeclareerd (het logboek vermeldt het). {atomic}</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="75"/>
        <source>A Terrascope GeoTIFF (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, a TOC band, or PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif). It is never modified.</source>
        <translation>Een Terrascope-GeoTIFF (bv. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, een TOC-band, of PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif). Hij wordt nooit gewijzigd.</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="81"/>
        <source>The product's …_SCENECLASSIFICATION_20M_….tif (PROBA-V: its status map …_SM.tif). Leave empty to use the one found beside the input by the naming convention.</source>
        <translation>Het bestand …_SCENECLASSIFICATION_20M_….tif van het product (PROBA-V: zijn statuskaart …_SM.tif). Laat leeg om het bestand te gebruiken dat via de naamgevingsconventie naast de invoer gevonden wordt.</translation>
    </message>
</context>
<context>
    <name>MeanCompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/meancomposite.py" line="89"/>
        <source>Mean composite</source>
        <translation>Gemiddeld composiet</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="41"/>
        <source>terrascope,sentinel-2,composite,mean,average,cloud free,time series,scl,cloud mask,dilation,buffer,ndvi,count</source>
        <translation>terrascope,sentinel-2,composiet,gemiddelde,wolkenvrij,tijdreeks,scl,wolkenmasker,dilatatie,buffer,ndvi,aantal</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="95"/>
        <source>Number of valid observations</source>
        <translation>Aantal geldige waarnemingen</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="97"/>
        <source>Optional UInt16 GeoTIFF: how many dates had a valid, unmasked observation of each pixel (0 = none).</source>
        <translation>Optionele UInt16-GeoTIFF: op hoeveel datums elke pixel een geldige, ongemaskeerde waarneming had (0 = geen).</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="114"/>
        <source>Mean of {} dates written to {}</source>
        <translation>Gemiddelde van {} datums geschreven naar {}</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="90"/>
        <source>Float32 GeoTIFF: the mean of the valid observations per pixel (physical values with &apos;Scale to physical values&apos; ticked, DNs without); NaN where there is none.</source>
        <translation>Float32-GeoTIFF: het gemiddelde van de geldige waarnemingen per pixel (fysische waarden met 'Omzetten naar fysische waarden' aangevinkt, anders DN's); NaN waar er geen is.</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="116"/>
        <source>One band per period: {}</source>
        <translation>Eén band per periode: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="117"/>
        <source>{series} mean composite</source>
        <translation>{series} gemiddeld composiet</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="120"/>
        <source>{series} valid observation count</source>
        <translation>{series} aantal geldige waarnemingen</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="45"/>
        <source>The cloud-free mean of a time series: for each pixel, the average of its valid observations over the input dates, and optionally how many there were.

Inputs: Terrascope GeoTIFFs of one content (e.g. every NDVI_10M of a tile over a season) on one grid. Inputs of another content, CRS or grid are refused with the names of the offending files ('Find products' lists matching files), unless a target grid is set.

Any area (advanced 'Target extent', 'Target CRS', 'Target resolution'): set any of them and the inputs may come from several tiles and UTM zones. Each input is masked on its own grid, then put onto the target grid by nearest neighbour; one acquisition (mission and time) seen in two overlapping tiles is one observation: where both are valid the tile first in file name order wins, and the number of valid observations counts it once. A target in the inputs' own CRS and resolution lies exactly on their pixels and gives there exactly the single-tile result.

Valid observations, per date:
• the DN is not the nodata value and lies in the valid range (e.g. NDVI 0–250: the nodata 255 and 251–254 are left out);
• the pixel's scene classification (SCL) is not one of the 'Scene classification classes to mask'. The SCL is the file …_SCENECLASSIFICATION_20M_… beside each input (in the same folder, or in the sibling 20M folder of a biophysical product), put onto the input's grid by nearest neighbour (the 20 m SCL on 10 m inputs). SCL 0 (no data) is a class like the others although the files do not declare it. Default classes: {defaults}. Choose no class to average every valid DN without any SCL;
• with 'Grow clouds and shadows by (m)' set to d metres, pixels within d metres (rounded to whole pixels, centre to centre: a disk) of a pixel of a chosen cloud or shadow class ({dilatable}) are left out too. Snow, no data and saturated pixels are never grown. The advanced 'SCL mask method' offers openEO's two-kernel buffer instead (see its help).

Values: with 'Scale to physical values' ticked (default), the mean of physical values, value = scale × DN + offset from the product table (e.g. NDVI = DN/250 − 0.08); unticked, the mean of the DNs. Either way the output is Float32 with nodata NaN where a pixel has no valid observation.

Number of valid observations (optional): UInt16, how many valid observations each pixel had; 0 means none (no nodata is declared).

Advanced 'One band per period': a composite per year, season, month or dekad in one run, one band per period with at least one date, in time order, described by its period (2020-06, 2020 JJA, 2020-06 d2); the number of valid observations likewise.

Memory and safety: the work streams window by window over the dates on all cores, so memory does not grow with the number of dates or the raster size. Outputs are tiled, compressed GeoTIFFs on the inputs' (or the target) grid, written to temporary files and put in place only when complete: a failure or a cancel leaves no partial output and never replaces an existing file.</source>
        <translation>Het wolkenvrije gemiddelde van een tijdreeks: per pixel het gemiddelde van zijn geldige waarnemingen over de invoerdatums, en desgewenst hoeveel het er waren.

Invoer: Terrascope-GeoTIFF's van één inhoud (bv. elke NDVI_10M van een tegel over een seizoen) op één raster. Invoer met een andere inhoud, een ander CRS of een ander raster wordt geweigerd met de namen van de betrokken bestanden ('Producten zoeken' somt passende bestanden op), tenzij een doelraster ingesteld is.

Elk gebied (geavanceerd 'Doelbereik', 'Doel-CRS', 'Doelresolutie'): stel er een in en de invoer mag uit meerdere tegels en UTM-zones komen. Elke invoer wordt op zijn eigen raster gemaskeerd en dan met naaste buur op het doelraster gelegd; één opname (missie en tijdstip) die in twee overlappende tegels gezien wordt, is één waarneming: waar beide geldig zijn, wint de tegel die eerst komt in de volgorde van de bestandsnamen, en het aantal geldige waarnemingen telt ze één keer. Een doel in het eigen CRS en de eigen resolutie van de invoer valt precies op hun pixels en geeft daar precies het resultaat van één tegel.

Geldige waarnemingen, per datum:
• de DN is niet de nodata-waarde en ligt in het geldige bereik (bv. NDVI 0–250: de nodata 255 en 251–254 worden weggelaten);
• de scèneclassificatie (SCL) van de pixel is niet een van de 'Te maskeren scèneclassificatieklassen'. De SCL is het bestand …_SCENECLASSIFICATION_20M_… naast elke invoer (in dezelfde map, of in de zustermap 20M van een biofysisch product), met naaste buur op het raster van de invoer gelegd (de SCL van 20 m op invoer van 10 m). SCL 0 (geen data) is een klasse als de andere, al declareren de bestanden ze niet. Standaardklassen: {defaults}. Kies geen klasse om elke geldige DN zonder SCL te middelen;
• met 'Wolken en schaduwen uitbreiden met (m)' op d meter worden ook de pixels binnen d meter (afgerond op hele pixels, van middelpunt tot middelpunt: een schijf) van een pixel van een gekozen wolken- of schaduwklasse ({dilatable}) weggelaten. Sneeuw, ontbrekende data en verzadigde pixels worden nooit uitgebreid. De geavanceerde 'SCL-maskermethode' biedt in plaats daarvan de twee-kernelbuffer van openEO (zie haar hulp).

Waarden: met 'Omzetten naar fysische waarden' aangevinkt (standaard) het gemiddelde van fysische waarden, waarde = schaal × DN + offset uit de producttabel (bv. NDVI = DN/250 − 0,08); niet aangevinkt het gemiddelde van de DN's. In beide gevallen is de uitvoer Float32 met nodata NaN waar een pixel geen enkele geldige waarneming heeft.

Aantal geldige waarnemingen (optioneel): UInt16, hoeveel geldige waarnemingen elke pixel had; 0 betekent geen (er wordt geen nodata gedeclareerd).

Geavanceerd 'Eén band per periode': een composiet per jaar, seizoen, maand of decade in één run, één band per periode met minstens één datum, in tijdsvolgorde, beschreven door haar periode (2020-06, 2020 JJA, 2020-06 d2); het aantal geldige waarnemingen evenzo.

Geheugen en veiligheid: het werk loopt venster per venster over de datums op alle kernen, zodat het geheugen niet groeit met het aantal datums of de rastergrootte. De uitvoer bestaat uit getegelde, gecomprimeerde GeoTIFF's op het raster van de invoer (of het doelraster), naar tijdelijke bestanden geschreven en pas op hun plaats gezet als ze volledig zijn: een fout of een annulering laat geen gedeeltelijke uitvoer achter en vervangt nooit een bestaand bestand.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../algorithms/network.py" line="75"/>
        <source>The authentication configuration {} cannot be used (is it there, and the master password given?)</source>
        <translation>De authenticatieconfiguratie {} kan niet gebruikt worden (bestaat ze, en is het hoofdwachtwoord opgegeven?)</translation>
    </message>
    <message>
        <location filename="../algorithms/network.py" line="108"/>
        <source>The inputs come from several servers that need authentication ({}): run them separately.</source>
        <translation>De invoer komt van meerdere servers die authenticatie vereisen ({}): verwerk ze afzonderlijk.</translation>
    </message>
</context>
<context>
    <name>ParseProductAlgorithm</name>
    <message>
        <location filename="../algorithms/parseproduct.py" line="37"/>
        <source>Parse product name and metadata</source>
        <translation>Productnaam en metadata ontleden</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="68"/>
        <source>Terrascope product file (.tif or .xml)</source>
        <translation>Terrascope-productbestand (.tif of .xml)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="68"/>
        <source>Terrascope products (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;All files (*)</source>
        <translation>Terrascope-producten (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="79"/>
        <source>Mission</source>
        <translation>Missie</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="80"/>
        <source>Acquisition (UTC, ISO 8601)</source>
        <translation>Opname (UTC, ISO 8601)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="81"/>
        <source>MGRS tile</source>
        <translation>MGRS-tegel</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="82"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="83"/>
        <source>Resolution</source>
        <translation>Resolutie</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="84"/>
        <source>Version</source>
        <translation>Versie</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="85"/>
        <source>Scale of the digital numbers</source>
        <translation>Schaal van de digitale waarden</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="86"/>
        <source>Offset of the digital numbers</source>
        <translation>Offset van de digitale waarden</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="87"/>
        <source>Nodata digital number</source>
        <translation>Nodata-DN</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="88"/>
        <source>Cloud cover (%)</source>
        <translation>Bewolkingsgraad (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="89"/>
        <source>Footprint (WKT, EPSG:4326)</source>
        <translation>Voetafdruk (WKT, EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="94"/>
        <source>No input file was given</source>
        <translation>Er is geen invoerbestand opgegeven</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="96"/>
        <source>{}: is a folder; give one of its .tif files or its .xml sidecar</source>
        <translation>{}: is een map; geef een van haar .tif-bestanden of haar XML-metadatabestand</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="99"/>
        <source>{}: no such file</source>
        <translation>{}: bestand bestaat niet</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="40"/>
        <source>terrascope,sentinel-2,proba-v,name,metadata,scale,offset,nodata,cloud cover,footprint</source>
        <translation>terrascope,sentinel-2,proba-v,naam,metadata,schaal,offset,nodata,bewolkingsgraad,voetafdruk</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="44"/>
        <source>Reads what a Terrascope Sentinel-2 or PROBA-V file says about itself: its name, its GeoTIFF header and its XML sidecar.

Input: a product GeoTIFF (e.g. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) or its XML sidecar (e.g. S2A_20230220T074941_38SKG_TOC_V210.xml). The name must follow the pattern {pattern}.

Outputs from the name: MISSION (S2A, S2B, S2C), ACQUISITION (the UTC sensing start as ISO 8601, e.g. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (e.g. TOC-B04, NDVI, SCENECLASSIFICATION), RESOLUTION (10M, 20M, 60M; empty when the name has none, as on quicklooks and TOC XML files) and VERSION (digits, e.g. 210).

PROBA-V names (e.g. PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif): MISSION PROBAV, TILE the plate carrée tile (X18Y02), ACQUISITION the synthesis date at 00:00:00Z, CONTENT the layer (NDVI, RADIOMETRY, SM for the status map, TIME, GEOMETRY), RESOLUTION 1KM, 333M or 100M.

SCALE and OFFSET turn digital numbers into physical values (value = SCALE × DN + OFFSET), from the Terrascope product table. NODATA is the digital number that marks missing data: the one the GeoTIFF declares, else the table's. They are empty for the quality layers (the scene classification and the PROBA-V status map: class codes are never scaled), quicklooks and contents without a published scale (unless the GeoTIFF declares its own).

CLOUD_COVER (%) and FOOTPRINT (WKT polygon in EPSG:4326, from the bounding box) come from the XML sidecar when there is one beside the GeoTIFF (or when the input is the XML itself); they are empty otherwise.</source>
        <translation>Leest wat een Terrascope Sentinel-2- of PROBA-V-bestand over zichzelf zegt: zijn naam, zijn GeoTIFF-header en zijn XML-metadatabestand.

Invoer: een product-GeoTIFF (bv. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) of zijn XML-metadatabestand (bv. S2A_20230220T074941_38SKG_TOC_V210.xml). De naam moet het patroon {pattern} volgen.

Uitvoer uit de naam: MISSION (S2A, S2B, S2C), ACQUISITION (het begin van de opname in UTC als ISO 8601, bv. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (bv. TOC-B04, NDVI, SCENECLASSIFICATION), RESOLUTION (10M, 20M, 60M; leeg als de naam er geen heeft, zoals bij quicklooks en TOC-XML-bestanden) en VERSION (cijfers, bv. 210).

PROBA-V-namen (bv. PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif): MISSION PROBAV, TILE de plate-carréetegel (X18Y02), ACQUISITION de synthesedatum om 00:00:00Z, CONTENT de laag (NDVI, RADIOMETRY, SM voor de statuskaart, TIME, GEOMETRY), RESOLUTION 1KM, 333M of 100M.

SCALE en OFFSET zetten digitale waarden om in fysische waarden (waarde = SCALE × DN + OFFSET), volgens de Terrascope-producttabel. NODATA is de digitale waarde die ontbrekende data aanduidt: die welke de GeoTIFF declareert, anders die uit de tabel. Ze zijn leeg voor de kwaliteitslagen (de scèneclassificatie en de PROBA-V-statuskaart: klassecodes worden nooit omgezet), quicklooks en inhouden zonder gepubliceerde schaal (tenzij de GeoTIFF er zelf een declareert).

CLOUD_COVER (%) en FOOTPRINT (WKT-polygoon in EPSG:4326, uit de omhullende rechthoek) komen uit het XML-metadatabestand als er een naast de GeoTIFF staat (of als de invoer de XML zelf is); anders zijn ze leeg.</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="74"/>
        <source>A Terrascope Sentinel-2 or PROBA-V GeoTIFF, or a Sentinel-2 XML sidecar, whose name follows {pattern}</source>
        <translation>Een Terrascope Sentinel-2- of PROBA-V-GeoTIFF, of een Sentinel-2-XML-metadatabestand, waarvan de naam {pattern} volgt</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../algorithms/plots.py" line="25"/>
        <source>PNG image (*.png);;HTML page with an SVG chart (*.html)</source>
        <translation>PNG-afbeelding (*.png);;HTML-pagina met een SVG-grafiek (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/plots.py" line="27"/>
        <source>HTML page with an SVG chart (*.html)</source>
        <translation>HTML-pagina met een SVG-grafiek (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/plots.py" line="50"/>
        <source>matplotlib is not available: the plot is written as an HTML page with an SVG chart: {}</source>
        <translation>matplotlib is niet beschikbaar: de grafiek wordt als HTML-pagina met een SVG-grafiek geschreven: {}</translation>
    </message>
</context>
<context>
    <name>ScaleToPhysicalAlgorithm</name>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="47"/>
        <source>Scale to physical values</source>
        <translation>Omzetten naar fysische waarden</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="50"/>
        <source>terrascope,sentinel-2,scale,offset,digital number,DN,reflectance,NDVI,LAI,FAPAR,FCOVER,physical</source>
        <translation>terrascope,sentinel-2,schaal,offset,digitale waarde,DN,reflectantie,NDVI,LAI,FAPAR,FCOVER,fysisch</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="77"/>
        <source>Terrascope raster</source>
        <translation>Terrascope-raster</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="83"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="83"/>
        <source>From the file name</source>
        <translation>Uit de bestandsnaam</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="86"/>
        <source>What the DNs are. &apos;From the file name&apos; reads it from a Terrascope name such as S2A_20190307T105021_31UFS_NDVI_10M_V200.tif; choose it explicitly for a file with another name.</source>
        <translation>Wat de DN's voorstellen. 'Uit de bestandsnaam' leest het uit een Terrascope-naam zoals S2A_20190307T105021_31UFS_NDVI_10M_V200.tif; kies het uitdrukkelijk voor een bestand met een andere naam.</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Scale</source>
        <translation>Schaal</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Multiplies the DN. Required for CCC and CWC when the file declares no scale; otherwise leave empty to use the product table (a value given here overrides it).</source>
        <translation>Vermenigvuldigt de DN. Vereist voor CCC en CWC als het bestand geen schaal declareert; laat anders leeg om de producttabel te gebruiken (een hier opgegeven waarde gaat voor).</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Offset</source>
        <translation>Offset</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Added after scaling. Leave empty to use the product table or the file&apos;s tags (0 when neither gives one); a value given here overrides them.</source>
        <translation>Opgeteld na het schalen. Laat leeg om de producttabel of de tags van het bestand te gebruiken (0 als geen van beide er een geeft); een hier opgegeven waarde gaat voor.</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="106"/>
        <source>Physical values</source>
        <translation>Fysische waarden</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="107"/>
        <source>Float32 GeoTIFF of the physical values, NaN where the DN was not valid.</source>
        <translation>Float32-GeoTIFF met de fysische waarden, NaN waar de DN niet geldig was.</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="125"/>
        <source>DN {} (nodata)</source>
        <translation>DN {} (nodata)</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="127"/>
        <source>DNs outside {}–{}</source>
        <translation>DN's buiten {}–{}</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="129"/>
        <source>{} band {}: value = {}; NaN for {}</source>
        <translation>{} band {}: waarde = {}; NaN voor {}</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="129"/>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="129"/>
        <source>no DN</source>
        <translation>geen DN</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="145"/>
        <source>{} must be a finite number</source>
        <translation>{} moet een eindig getal zijn</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="134"/>
        <source>{input} physical values</source>
        <translation>{input} fysische waarden</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="54"/>
        <source>Turns the digital numbers (DN) of a Terrascope Sentinel-2 or PROBA-V raster into physical values:

value = scale × DN + offset

The scale and offset come from the Terrascope product table:
{table}

The nodata DN (the one the file declares, else the table's: RAA of V220 is uint16 with nodata 65535) and DNs outside the valid range (e.g. 251–254 for NDVI and LAI, 201–254 for FAPAR and FCOVER) become NaN, the output's nodata. Every band of a multi-band raster is scaled.

The content is read from the Terrascope file name (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, PROBAV_S1_TOC_X18Y02_20170420_333M_V101_RADIOMETRY.tif) unless chosen in 'Content', which is needed for files that were renamed. Contents without a published scale (CCC, CWC, PROBA-V TIME and GEOMETRY): the file's own scale/offset tags are used, else give 'Scale' and 'Offset' (advanced parameters), which also override the table. Quality layers (the scene classification, the PROBA-V status map: class codes) and quicklooks (RGB previews) are refused, and so is a file of floating-point values where the product has integer DNs (e.g. an NDVI already scaled): scaling it again would be wrong. Giving 'Scale' or 'Offset' takes its values as they are.

The output is Float32. {atomic}</source>
        <translation>Zet de digitale waarden (DN) van een Terrascope Sentinel-2- of PROBA-V-raster om in fysische waarden:

waarde = schaal × DN + offset

De schaal en offset komen uit de Terrascope-producttabel:
{table}

De nodata-DN (die welke het bestand declareert, anders die uit de tabel: RAA van V220 is uint16 met nodata 65535) en DN's buiten het geldige bereik (bv. 251–254 voor NDVI en LAI, 201–254 voor FAPAR en FCOVER) worden NaN, de nodata van de uitvoer. Elke band van een raster met meerdere banden wordt omgezet.

De inhoud wordt uit de Terrascope-bestandsnaam gelezen (bv. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, PROBAV_S1_TOC_X18Y02_20170420_333M_V101_RADIOMETRY.tif), tenzij gekozen in 'Inhoud', wat nodig is voor hernoemde bestanden. Inhouden zonder gepubliceerde schaal (CCC, CWC, PROBA-V TIME en GEOMETRY): de eigen schaal- en offsettags van het bestand worden gebruikt, geef anders 'Schaal' en 'Offset' (geavanceerde parameters), die ook voor de tabel gaan. Kwaliteitslagen (de scèneclassificatie, de PROBA-V-statuskaart: klassecodes) en quicklooks (RGB-voorbeelden) worden geweigerd, net als een bestand met kommagetallen waar het product gehele DN's heeft (bv. een al omgezette NDVI): het opnieuw omzetten zou fout zijn. Wie 'Schaal' of 'Offset' opgeeft, krijgt die waarden zoals ze zijn.

De uitvoer is Float32. {atomic}</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="78"/>
        <source>A Terrascope GeoTIFF of digital numbers, e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, a TOC band or a PROBA-V NDVI or RADIOMETRY file. It is never modified.</source>
        <translation>Een Terrascope-GeoTIFF met digitale waarden, bv. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, een TOC-band of een PROBA-V-bestand NDVI of RADIOMETRY. Hij wordt nooit gewijzigd.</translation>
    </message>
</context>
<context>
    <name>SearchAndCompositeModel</name>
    <message>
        <location filename="../algorithms/searchandcomposite.py" line="18"/>
        <source>Search the catalogue and mean composite (model)</source>
        <translation>Catalogus doorzoeken en gemiddeld composiet (model)</translation>
    </message>
    <message>
        <location filename="../algorithms/searchandcomposite.py" line="22"/>
        <source>terrascope,sentinel-2,model,stac,catalogue,search,composite,mean,workflow</source>
        <translation>terrascope,sentinel-2,model,stac,catalogus,zoeken,composiet,gemiddelde,werkstroom</translation>
    </message>
</context>
<context>
    <name>SearchCatalogueAlgorithm</name>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="29"/>
        <source>Search the Terrascope catalogue</source>
        <translation>De Terrascope-catalogus doorzoeken</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="32"/>
        <source>terrascope,sentinel-2,stac,catalogue,search,find,download,cog,footprint,time series</source>
        <translation>terrascope,sentinel-2,stac,catalogus,zoeken,downloaden,cog,voetafdruk,tijdreeks</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="35"/>
        <source>Searches a collection of the Terrascope STAC catalogue (https://stac.terrascope.be) with the filters of 'Find products', and gives the same outputs: the footprints of the products found and the list of their files (Layers), ready for the composites, temporal statistics or histogram.

Collection: e.g. terrascope-s2-ndvi-v2, terrascope-s2-toc-v2, terrascope-s2-fapar-v2. Content picks the files of each product (NDVI, TOC-B04, …); empty: every product raster except quicklooks and masks, which for a biophysical collection is its own content. Tiles and cloud cover come from the catalogue's items, the footprints from their geometries; of several versions of one acquisition only the highest is kept.

Files: on the Terrascope platform (where the archive is mounted) the local files are used ('Use local files where they exist'); elsewhere the files are read over the network (GDAL /vsicurl/ URLs), and the scene classification of each product is the one its catalogue item names. Reading Terrascope files over the network needs a Terrascope account: choose an authentication configuration (e.g. OAuth2 with your account, or Basic) under Authentication; the algorithms that then read these files in the same QGIS session use it, for those reads only.

Errors (unreachable catalogue, refused access, unknown collection, an unreadable answer) stop the run with a message; finding nothing is a warning.</source>
        <translation>Doorzoekt een collectie van de Terrascope STAC-catalogus (https://stac.terrascope.be) met de filters van 'Producten zoeken', en geeft dezelfde uitvoer: de voetafdrukken van de gevonden producten en de lijst van hun bestanden (Productbestanden), klaar voor de composieten, de temporele statistieken of het histogram.

Collectie: bv. terrascope-s2-ndvi-v2, terrascope-s2-toc-v2, terrascope-s2-fapar-v2. De inhoud kiest de bestanden van elk product (NDVI, TOC-B04, …); leeg: elk productraster behalve quicklooks en maskers, voor een biofysische collectie dus haar eigen inhoud. Tegels en bewolkingsgraad komen uit de items van de catalogus, de voetafdrukken uit hun geometrieën; van meerdere versies van één opname wordt alleen de hoogste behouden.

Bestanden: op het Terrascope-platform (waar het archief gekoppeld is) worden de lokale bestanden gebruikt ('Lokale bestanden gebruiken waar ze bestaan'); elders worden de bestanden over het netwerk gelezen (GDAL /vsicurl/-URL's), en is de scèneclassificatie van elk product die welke zijn catalogusitem noemt. Terrascope-bestanden over het netwerk lezen vereist een Terrascope-account: kies onder Authenticatie een authenticatieconfiguratie (bv. OAuth2 met uw account, of Basic); de algoritmen die deze bestanden daarna in dezelfde QGIS-sessie lezen, gebruiken ze, alleen voor die leesbewerkingen.

Fouten (onbereikbare catalogus, geweigerde toegang, onbekende collectie, een onleesbaar antwoord) stoppen de run met een melding; niets vinden geeft een waarschuwing.</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="56"/>
        <source>Catalogue URL</source>
        <translation>Catalogus-URL</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="56"/>
        <source>The STAC API of the catalogue (its /search is used).</source>
        <translation>De STAC-API van de catalogus (zijn /search wordt gebruikt).</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="58"/>
        <source>Collection</source>
        <translation>Collectie</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="58"/>
        <source>The collection to search, e.g. terrascope-s2-ndvi-v2 or terrascope-s2-toc-v2.</source>
        <translation>De te doorzoeken collectie, bv. terrascope-s2-ndvi-v2 of terrascope-s2-toc-v2.</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="63"/>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="63"/>
        <source>A QGIS authentication configuration for your Terrascope account, used for the catalogue and for reading its files over the network.</source>
        <translation>Een QGIS-authenticatieconfiguratie voor uw Terrascope-account, gebruikt voor de catalogus en om zijn bestanden over het netwerk te lezen.</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="66"/>
        <source>Use local files where they exist</source>
        <translation>Lokale bestanden gebruiken waar ze bestaan</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="66"/>
        <source>On the Terrascope platform the catalogue&apos;s files are also mounted locally: use those paths where they exist (ticked), or always read over the network (unticked).</source>
        <translation>Op het Terrascope-platform zijn de bestanden van de catalogus ook lokaal gekoppeld: die paden gebruiken waar ze bestaan (aangevinkt), of altijd over het netwerk lezen (niet aangevinkt).</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="85"/>
        <source>Searching {} in {}</source>
        <translation>{} zoeken in {}</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="93"/>
        <source>{} items, {} Terrascope files, {} older or duplicate versions set aside: {} products found.</source>
        <translation>{} items, {} Terrascope-bestanden, {} oudere of dubbele versies opzijgezet: {} producten gevonden.</translation>
    </message>
</context>
<context>
    <name>SeriesParameters</name>
    <message>
        <location filename="../algorithms/series_parameters.py" line="88"/>
        <source>Input rasters (one content, one grid)</source>
        <translation>Invoerrasters (één inhoud, één raster)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="115"/>
        <source>Scale to physical values</source>
        <translation>Omzetten naar fysische waarden</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="116"/>
        <source>On (default): work on physical values, value = scale × DN + offset from the Terrascope product table (e.g. NDVI = DN / 250 − 0.08). Off: work on the digital numbers as delivered. Either way the nodata DN and DNs outside the valid range are left out.</source>
        <translation>Aangevinkt (standaard): werken met fysische waarden, waarde = schaal × DN + offset uit de Terrascope-producttabel (bv. NDVI = DN / 250 − 0,08). Niet aangevinkt: werken met de digitale waarden zoals geleverd. In beide gevallen worden de nodata-DN en DN's buiten het geldige bereik weggelaten.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="102"/>
        <source>Band of multi-band inputs</source>
        <translation>Band van invoer met meerdere banden</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="106"/>
        <source>The band to use, counted from 1, when the inputs have several (PROBA-V RADIOMETRY: {bands}). Empty: the inputs must have one band; multi-band inputs are refused with their band names.</source>
        <translation>De te gebruiken band, geteld vanaf 1, als de invoer er meerdere heeft (PROBA-V RADIOMETRY: {bands}). Leeg: de invoer moet één band hebben; invoer met meerdere banden wordt geweigerd met de namen van de banden.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="126"/>
        <source>Scene classification classes to mask</source>
        <translation>Te maskeren scèneclassificatieklassen</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="129"/>
        <source>Pixels whose scene classification (SCL) is one of these classes are masked (left out, or set to nodata). The SCL of each input is found beside it by the naming convention unless given (the 20 m SCL is used on 10 m inputs, nearest neighbour). Default: 0 no data, 1 saturated or defective, 3 cloud shadows, 8 and 9 cloud medium and high probability, 10 thin cirrus, 11 snow — the set openEO's Terrascope examples use. Choose none to use every valid pixel without an SCL.
PROBA-V: the status map (…_SM.tif) beside each product plays the part of the SCL, its classes read as SCL classes: {reading}. The default thus masks every pixel that is not clear; add 6 to mask the sea too.</source>
        <translation>Pixels waarvan de scèneclassificatie (SCL) een van deze klassen is, worden gemaskeerd (weggelaten, of op nodata gezet). De SCL van elke invoer wordt via de naamgevingsconventie ernaast gevonden, tenzij opgegeven (de SCL van 20 m wordt op invoer van 10 m gebruikt, met naaste buur). Standaard: 0 geen data, 1 verzadigd of defect, 3 wolkenschaduwen, 8 en 9 wolken met middelmatige en hoge waarschijnlijkheid, 10 dunne cirrus, 11 sneeuw — de set die de Terrascope-voorbeelden van openEO gebruiken. Kies er geen om elke geldige pixel zonder SCL te gebruiken.
PROBA-V: de statuskaart (…_SM.tif) naast elk product speelt de rol van de SCL, haar klassen gelezen als SCL-klassen: {reading}. De standaard maskeert dus elke pixel die niet helder is; voeg 6 toe om ook de zee te maskeren.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="152"/>
        <source>Grow clouds and shadows by (m)</source>
        <translation>Wolken en schaduwen uitbreiden met (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="155"/>
        <source>Distance in metres by which the masked cloud and shadow pixels grow: every pixel whose centre lies within this distance of a pixel of a chosen class among {classes} (cloud shadows, cloud medium and high probability, thin cirrus) is masked too; snow, no data and saturated pixels are not grown. Rounded to whole pixels of the input grid. 0 = no growth.</source>
        <translation>Afstand in meter waarmee de gemaskeerde wolken- en schaduwpixels groeien: elke pixel waarvan het middelpunt binnen deze afstand ligt van een pixel van een gekozen klasse uit {classes} (wolkenschaduwen, wolken met middelmatige en hoge waarschijnlijkheid, dunne cirrus) wordt ook gemaskeerd; sneeuw, ontbrekende data en verzadigde pixels worden niet uitgebreid. Afgerond op hele pixels van het invoerraster. 0 = geen uitbreiding.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="170"/>
        <source>SCL classes, with clouds and shadows grown</source>
        <translation>SCL-klassen, wolken en schaduwen uitgebreid</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="171"/>
        <source>openEO two-kernel buffer (to_scl_dilation_mask defaults)</source>
        <translation>Twee-kernelbuffer van openEO (standaardwaarden van to_scl_dilation_mask)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="184"/>
        <source>SCL mask method</source>
        <translation>SCL-maskermethode</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="184"/>
        <source>How the chosen classes become a mask. 'SCL classes' (default): pixels of the chosen classes, with cloud and shadow classes grown by 'Grow clouds and shadows by (m)'. 'openEO two-kernel buffer': openEO's to_scl_dilation_mask as implemented in openeo-geotrellis-extensions — the chosen classes smoothed by a 17 px Gaussian kernel (sigma 17/6 px) and kept above 0.057, or the chosen ones among 3, 8, 9, 10, 11 (snow included, as openEO does) smoothed by a 201 px Gaussian kernel (sigma 201/6 px) and kept above 0.025. Sizes are pixels at 10 m, scaled to the same ground distance on other grids (9 and 101 px at 20 m, 3 and 33 px at 60 m). Large clouds get a buffer of up to about 600 m; isolated pixels of a chosen class may stay unmasked. 'Grow clouds and shadows by (m)' is not used.</source>
        <translation>Hoe de gekozen klassen een masker worden. 'SCL-klassen' (standaard): pixels van de gekozen klassen, met wolken- en schaduwklassen uitgebreid met 'Wolken en schaduwen uitbreiden met (m)'. 'Twee-kernelbuffer van openEO': to_scl_dilation_mask van openEO zoals geïmplementeerd in openeo-geotrellis-extensions — de gekozen klassen gladgestreken met een gaussische kernel van 17 px (sigma 17/6 px) en behouden boven 0,057, of de gekozen klassen uit 3, 8, 9, 10, 11 (sneeuw inbegrepen, zoals openEO doet) gladgestreken met een gaussische kernel van 201 px (sigma 201/6 px) en behouden boven 0,025. De groottes zijn pixels op 10 m, herschaald naar dezelfde afstand op de grond op andere rasters (9 en 101 px op 20 m, 3 en 33 px op 60 m). Grote wolken krijgen een buffer tot ongeveer 600 m; losse pixels van een gekozen klasse kunnen ongemaskeerd blijven. 'Wolken en schaduwen uitbreiden met (m)' wordt niet gebruikt.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Whole series (one band)</source>
        <translation>Hele reeks (één band)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Season (DJF, MAM, JJA, SON)</source>
        <translation>Seizoen (DJF, MAM, JJA, SON)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Month</source>
        <translation>Maand</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="199"/>
        <source>Dekad (days 1–10, 11–20, 21–end)</source>
        <translation>Decade (dagen 1–10, 11–20, 21–einde)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="204"/>
        <source>One band per period</source>
        <translation>Eén band per periode</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="204"/>
        <source>Whole series (default): one band over all dates. Otherwise one band per period that holds at least one input date, in time order, each computed over that period's dates only, with band descriptions naming the period: years (2020), meteorological seasons (2020 JJA; December counts with the following year's winter: December 2020 is in 2021 DJF), months (2020-06) or dekads (2020-06 d1, d2, d3: days 1–10, 11–20 and 21 to the end of the month, as PROBA-V S10). Dates are the acquisition times in UTC. Every date is read once, whatever the number of periods.</source>
        <translation>Hele reeks (standaard): één band over alle datums. Anders één band per periode met minstens één invoerdatum, in tijdsvolgorde, elk alleen over de datums van die periode berekend, met bandbeschrijvingen die de periode noemen: jaren (2020), meteorologische seizoenen (2020 JJA; december telt mee met de winter van het volgende jaar: december 2020 hoort bij 2021 DJF), maanden (2020-06) of decaden (2020-06 d1, d2, d3: dagen 1–10, 11–20 en 21 tot het einde van de maand, zoals PROBA-V S10). Datums zijn de opnametijden in UTC. Elke datum wordt één keer gelezen, ongeacht het aantal periodes.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="237"/>
        <source>&apos;Grow clouds and shadows by (m)&apos; is not used with the openEO two-kernel buffer, which has its own buffer.</source>
        <translation>'Wolken en schaduwen uitbreiden met (m)' wordt niet gebruikt met de twee-kernelbuffer van openEO, die een eigen buffer heeft.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="270"/>
        <source>No input rasters were given: choose at least one.</source>
        <translation>Er zijn geen invoerrasters opgegeven: kies er minstens één.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="374"/>
        <source>{} input(s) of {} on a grid of {}</source>
        <translation>{} invoer(en) van {} op een raster van {}</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="377"/>
        <source>Values: physical (scale × DN + offset)</source>
        <translation>Waarden: fysisch (schaal × DN + offset)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="377"/>
        <source>Values: digital numbers as delivered</source>
        <translation>Waarden: digitale waarden zoals geleverd</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="140"/>
        <source>PROBA-V: mask pixels of bad radiometric quality</source>
        <translation>PROBA-V: pixels met slechte radiometrische kwaliteit maskeren</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="144"/>
        <source>PROBA-V only. On: a clear pixel whose status map flags a bad radiometric quality in a band its values depend on (NDVI: RED and NIR; RADIOMETRY: the chosen band, or all four) reads as class 1 (saturated or defective) and is masked when class 1 is chosen (as by default). Off (default): only the status map&apos;s classes count.</source>
        <translation>Alleen PROBA-V. Aan: een heldere pixel waarvan de statuskaart een slechte radiometrische kwaliteit markeert in een band waar zijn waarden van afhangen (NDVI: RED en NIR; RADIOMETRY: de gekozen band, of alle vier) wordt als klasse 1 (verzadigd of defect) gelezen en gemaskeerd als klasse 1 gekozen is (zoals standaard). Uit (standaard): alleen de klassen van de statuskaart tellen.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="90"/>
        <source>The dates of the series: Terrascope GeoTIFFs of one content (e.g. all NDVI_10M, or all TOC-B04) on one grid (one tile at one resolution), or of several tiles where the algorithm has a target grid (advanced &apos;Target extent&apos;, &apos;Target CRS&apos;, &apos;Target resolution&apos;) and one is set. Inputs of other contents, or on other grids without a target grid, are refused with the names of the offending files, and so are a file given twice (also through a link: its dates would count twice), files without georeference, and floating-point files of a content delivered as integer DNs (already scaled). The &apos;Product files&apos; output of &apos;Find products&apos; fits here.</source>
        <translation>De datums van de reeks: Terrascope-GeoTIFF's van één inhoud (bv. alle NDVI_10M, of alle TOC-B04) op één raster (één tegel op één resolutie), of van meerdere tegels waar het algoritme een doelraster heeft (geavanceerd 'Doelbereik', 'Doel-CRS', 'Doelresolutie') en er een ingesteld is. Invoer met andere inhouden, of op andere rasters zonder doelraster, wordt geweigerd met de namen van de betrokken bestanden, net als een bestand dat twee keer opgegeven is (ook via een koppeling: zijn datums zouden dubbel tellen), bestanden zonder georeferentie en bestanden met kommagetallen van een inhoud die als gehele DN's geleverd wordt (al omgezet). De uitvoer 'Productbestanden' van 'Producten zoeken' past hier.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="303"/>
        <source>Target extent (any CRS)</source>
        <translation>Doelbereik (in elk CRS)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="304"/>
        <source>The area to compute, in any CRS (an extent without a CRS is taken in the project&apos;s CRS, else in the target CRS). Setting any of the target grid parameters lets the inputs come from several tiles, UTM zones or resolutions: each input is masked on its own grid, then put onto the target grid by nearest neighbour; one acquisition seen in two overlapping tiles counts once (where both are valid, the tile first in file name order wins). Empty: the union of the inputs&apos; footprints. The edges are snapped outward to whole multiples of the resolution, so a target in the inputs&apos; own CRS and resolution lies exactly on their pixels.</source>
        <translation>Het te berekenen gebied, in elk CRS (een bereik zonder CRS wordt in het CRS van het project genomen, anders in het doel-CRS). Door een van de doelrasterparameters in te stellen mag de invoer uit meerdere tegels, UTM-zones of resoluties komen: elke invoer wordt op zijn eigen raster gemaskeerd en dan met naaste buur op het doelraster gelegd; één opname die in twee overlappende tegels gezien wordt, telt één keer (waar beide geldig zijn, wint de tegel die eerst komt in de volgorde van de bestandsnamen). Leeg: de unie van de voetafdrukken van de invoer. De randen worden naar buiten afgerond op hele veelvouden van de resolutie, zodat een doel in het eigen CRS en de eigen resolutie van de invoer precies op hun pixels valt.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="312"/>
        <source>Target CRS</source>
        <translation>Doel-CRS</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="316"/>
        <source>Target resolution (target CRS units)</source>
        <translation>Doelresolutie (eenheden van het doel-CRS)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="319"/>
        <source>The output pixel size in units of the target CRS. Empty: the inputs&apos; (finest) pixel size, expressed in the target CRS&apos;s units (needed for a geographic target CRS).</source>
        <translation>De pixelgrootte van de uitvoer in eenheden van het doel-CRS. Leeg: de (fijnste) pixelgrootte van de invoer, uitgedrukt in de eenheden van het doel-CRS (nodig voor een geografisch doel-CRS).</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="358"/>
        <source>The target grid is large: {} x {} px ({:.0f} million pixels, {:.1f} times a full 10 m Sentinel-2 tile), about {:.1f} GB per uncompressed Float32 band. Check EXTENT and RESOLUTION if this is not what you meant.</source>
        <translation>Het doelraster is groot: {} x {} px ({:.0f} miljoen pixels, {:.1f} keer een volledige Sentinel-2-tegel van 10 m), ongeveer {:.1f} GB per ongecomprimeerde Float32-band. Controleer het doelbereik en de doelresolutie als dit niet de bedoeling is.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="370"/>
        <source>{} input(s) of {}: {} acquisition(s) on the target grid of {}</source>
        <translation>{} invoer(en) van {}: {} opname(n) op het doelraster van {}</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="313"/>
        <source>The CRS of the output. Empty: the CRS of the target extent, else of the first input (also when the extent is in longitude and latitude and no target resolution is given).</source>
        <translation>Het CRS van de uitvoer. Leeg: het CRS van het doelbereik, anders dat van de eerste invoer (ook als het bereik in lengte- en breedtegraad is en geen doelresolutie opgegeven is).</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../scripts/build_model.py" line="147"/>
        <source>Archive folder</source>
        <translation>Archiefmap</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="147"/>
        <source>The archive folder to scan, with its subfolders, e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2.</source>
        <translation>De te doorzoeken archiefmap, met haar submappen, bv. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Content</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="151"/>
        <source>One product content, e.g. NDVI, FAPAR_10M, LAI_20M, TOC-B04.</source>
        <translation>Eén productinhoud, bv. NDVI, FAPAR_10M, LAI_20M, TOC-B04.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="174"/>
        <source>Start (UTC)</source>
        <translation>Begin (UTC)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="174"/>
        <source>Earliest acquisition (UTC, inclusive). Empty: no lower limit.</source>
        <translation>Vroegste opname (UTC, inclusief). Leeg: geen ondergrens.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="177"/>
        <source>End (UTC)</source>
        <translation>Einde (UTC)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="177"/>
        <source>Latest acquisition (UTC, inclusive; a date alone includes that day). Empty: no upper limit.</source>
        <translation>Laatste opname (UTC, inclusief; een datum alleen omvat die hele dag). Leeg: geen bovengrens.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="181"/>
        <source>Tiles (e.g. 31UFS)</source>
        <translation>Tegels (bv. 31UFS)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="181"/>
        <source>MGRS tiles separated by commas, e.g. 31UFS, when the extent touches several tiles. Empty: any tile.</source>
        <translation>MGRS-tegels gescheiden door komma's, bv. 31UFS, als het bereik meerdere tegels raakt. Leeg: elke tegel.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="185"/>
        <source>Extent</source>
        <translation>Bereik</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="154"/>
        <source>Keep products whose footprint intersects this extent (any CRS). Empty: everywhere.</source>
        <translation>Producten behouden waarvan de voetafdruk dit bereik snijdt (in elk CRS). Leeg: overal.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="187"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Maximale bewolkingsgraad (%)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="154"/>
        <source>Keep products whose cloud cover (from the XML sidecar) is at most this percentage; products of unknown cloud cover are kept. Empty: any cloud cover.</source>
        <translation>Producten behouden waarvan de bewolkingsgraad (uit het XML-metadatabestand) hoogstens dit percentage is; producten met onbekende bewolkingsgraad worden behouden. Leeg: elke bewolkingsgraad.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="198"/>
        <source>Grow clouds and shadows by (m)</source>
        <translation>Wolken en schaduwen uitbreiden met (m)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="198"/>
        <source>Distance in metres by which masked clouds and shadows grow (cloud shadows, cloud medium and high probability, thin cirrus; not snow). 0: no growth.</source>
        <translation>Afstand in meter waarmee gemaskeerde wolken en schaduwen groeien (wolkenschaduwen, wolken met middelmatige en hoge waarschijnlijkheid, dunne cirrus; geen sneeuw). 0: geen uitbreiding.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="224"/>
        <source>Mean composite</source>
        <translation>Gemiddeld composiet</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="224"/>
        <source>Valid observation count</source>
        <translation>Aantal geldige waarnemingen</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="244"/>
        <source>Finds the Terrascope products of one content in an archive folder and gives their time series at your points or fields: per feature and date, the mean of the valid, cloud-free pixels.

Step 1, Find products: scans the archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for files of the content acquired between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud cover is at most the maximum; of several versions of one acquisition the highest is kept.
Step 2, Time series: for every point (the pixel under it) or polygon (the pixels whose centres fall inside) and every product found, masks the product with its scene classification (no data, saturated, cloud shadows, clouds, cirrus and snow), with clouds and shadows grown by the chosen distance, scales to physical values and averages the valid pixels. Products of several tiles may be mixed; the points or fields may be in any CRS.

Outputs: a table with one row per feature and date (feature, acquisition, mean, valid, pixels, path; the mean is empty where no pixel is valid) and, optionally, a plot with one line per feature.

Give the extent of your fields (or their tile) so that only the products that cover them are read. The model opens in the graphical modeler (resources/models/find_and_time_series.model3 in the plugin folder) to copy and extend.</source>
        <translation>Zoekt de Terrascope-producten van één inhoud in een archiefmap en geeft hun tijdreeks op uw punten of percelen: per object en datum het gemiddelde van de geldige, wolkenvrije pixels.

Stap 1, Producten zoeken: doorzoekt de archiefmap (bv. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) naar bestanden van de inhoud, opgenomen tussen het begin en het einde, van de tegels, waarvan de voetafdruk het bereik snijdt en waarvan de bewolkingsgraad hoogstens het maximum is; van meerdere versies van één opname wordt de hoogste behouden.
Stap 2, Tijdreeks: voor elk punt (de pixel eronder) of polygoon (de pixels waarvan het middelpunt erbinnen valt) en elk gevonden product wordt het product met zijn scèneclassificatie gemaskeerd (geen data, verzadigd, wolkenschaduwen, wolken, cirrus en sneeuw), met wolken en schaduwen uitgebreid met de gekozen afstand, naar fysische waarden omgezet en worden de geldige pixels gemiddeld. Producten van meerdere tegels mogen gemengd worden; de punten of percelen mogen in elk CRS staan.

Uitvoer: een tabel met één rij per object en datum (feature, acquisition, mean, valid, pixels, path; het gemiddelde is leeg waar geen pixel geldig is) en, desgewenst, een grafiek met één lijn per object.

Geef het bereik van uw percelen (of hun tegel) op, zodat alleen de producten die ze bedekken gelezen worden. Het model opent in de grafische modelbouwer (resources/models/find_and_time_series.model3 in de pluginmap) om te kopiëren en uit te breiden.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="271"/>
        <source>Points or fields</source>
        <translation>Punten of percelen</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="274"/>
        <source>Points (the pixel under each) or polygons (the pixels whose centres fall inside), in any CRS.</source>
        <translation>Punten (de pixel onder elk punt) of polygonen (de pixels waarvan het middelpunt erbinnen valt), in elk CRS.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="284"/>
        <source>Time series</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="284"/>
        <source>Time series plot</source>
        <translation>Tijdreeksgrafiek</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="120"/>
        <source>Finds the Terrascope products of one content in an archive folder and averages their valid, cloud-free values into a mean composite, in one run.

Step 1, Find products: scans the archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for files of the content acquired between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud cover is at most the maximum; of several versions of one acquisition the highest is kept.
Step 2, Mean composite: masks each product with its scene classification (no data, saturated, cloud shadows, clouds, cirrus and snow), with clouds and shadows grown by the chosen distance, scales to physical values and averages per pixel.

Choose one content and one resolution (e.g. NDVI, or FAPAR_10M for products delivered at 10 m and 20 m). With an extent, the composite covers exactly that extent, whatever the tiles and UTM zones the products come from (one acquisition seen by two overlapping tiles counts once), on the grid of the first product found (its CRS and resolution); without one, the products must share one grid: name the tile.

Outputs: the mean composite and, optionally, the number of valid observations per pixel.

The model opens in the graphical modeler (resources/models/find_and_composite.model3 in the plugin folder) to copy and extend.</source>
        <translation>Zoekt de Terrascope-producten van één inhoud in een archiefmap en middelt hun geldige, wolkenvrije waarden tot een gemiddeld composiet, in één run.

Stap 1, Producten zoeken: doorzoekt de archiefmap (bv. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) naar bestanden van de inhoud, opgenomen tussen het begin en het einde, van de tegels, waarvan de voetafdruk het bereik snijdt en waarvan de bewolkingsgraad hoogstens het maximum is; van meerdere versies van één opname wordt de hoogste behouden.
Stap 2, Gemiddeld composiet: maskeert elk product met zijn scèneclassificatie (geen data, verzadigd, wolkenschaduwen, wolken, cirrus en sneeuw), met wolken en schaduwen uitgebreid met de gekozen afstand, zet om naar fysische waarden en middelt per pixel.

Kies één inhoud en één resolutie (bv. NDVI, of FAPAR_10M voor producten die op 10 m en 20 m geleverd worden). Met een bereik dekt het composiet precies dat bereik, uit welke tegels en UTM-zones de producten ook komen (één opname die door twee overlappende tegels gezien wordt, telt één keer), op het raster van het eerst gevonden product (zijn CRS en resolutie); zonder bereik moeten de producten één raster delen: noem de tegel.

Uitvoer: het gemiddelde composiet en, desgewenst, het aantal geldige waarnemingen per pixel.

Het model opent in de grafische modelbouwer (resources/models/find_and_composite.model3 in de pluginmap) om te kopiëren en uit te breiden.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="293"/>
        <source>Searches the Terrascope STAC catalogue for the products of one collection and averages their valid, cloud-free values into a mean composite, in one run, on the Terrascope platform or anywhere with a network connection.

Step 1, Search the Terrascope catalogue: asks the catalogue for the collection&apos;s products acquired between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud cover is at most the maximum; of several versions of one acquisition the highest is kept. Where the archive is mounted (the Terrascope platform) the local files are used; elsewhere they are read over the network with the authentication configuration of your Terrascope account.
Step 2, Mean composite: masks each product with its scene classification (from the same catalogue item), with clouds and shadows grown by the chosen distance, scales to physical values and averages per pixel.

Choose one collection and content (e.g. terrascope-s2-ndvi-v2 and NDVI). With an extent, the composite covers exactly that extent, whatever the tiles and UTM zones the products come from (one acquisition seen by two overlapping tiles counts once); without one, the products must share one grid: name the tile.

Outputs: the mean composite and, optionally, the number of valid observations per pixel.

The model opens in the graphical modeler (resources/models/search_and_composite.model3 in the plugin folder) to copy and extend.</source>
        <translation>Doorzoekt de Terrascope STAC-catalogus naar de producten van één collectie en middelt hun geldige, wolkenvrije waarden tot een gemiddeld composiet, in één run, op het Terrascope-platform of overal met een netwerkverbinding.

Stap 1, De Terrascope-catalogus doorzoeken: vraagt de catalogus naar de producten van de collectie, opgenomen tussen het begin en het einde, van de tegels, waarvan de voetafdruk het bereik snijdt en waarvan de bewolkingsgraad hoogstens het maximum is; van meerdere versies van één opname wordt de hoogste behouden. Waar het archief gekoppeld is (het Terrascope-platform) worden de lokale bestanden gebruikt; elders worden ze over het netwerk gelezen met de authenticatieconfiguratie van uw Terrascope-account.
Stap 2, Gemiddeld composiet: maskeert elk product met zijn scèneclassificatie (uit hetzelfde catalogusitem), met wolken en schaduwen uitgebreid met de gekozen afstand, zet om naar fysische waarden en middelt per pixel.

Kies één collectie en inhoud (bv. terrascope-s2-ndvi-v2 en NDVI). Met een bereik dekt het composiet precies dat bereik, uit welke tegels en UTM-zones de producten ook komen (één opname die door twee overlappende tegels gezien wordt, telt één keer); zonder bereik moeten de producten één raster delen: noem de tegel.

Uitvoer: het gemiddelde composiet en, desgewenst, het aantal geldige waarnemingen per pixel.

Het model opent in de grafische modelbouwer (resources/models/search_and_composite.model3 in de pluginmap) om te kopiëren en uit te breiden.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Catalogue URL</source>
        <translation>Catalogus-URL</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>The STAC API of the catalogue.</source>
        <translation>De STAC-API van de catalogus.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Collection</source>
        <translation>Collectie</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>The collection, e.g. terrascope-s2-ndvi-v2, terrascope-s2-fapar-v2 or terrascope-s2-toc-v2.</source>
        <translation>De collectie, bv. terrascope-s2-ndvi-v2, terrascope-s2-fapar-v2 of terrascope-s2-toc-v2.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>One product content, e.g. NDVI, FAPAR_10M, TOC-B04. Empty: the collection&apos;s own content (for biophysical collections).</source>
        <translation>Eén productinhoud, bv. NDVI, FAPAR_10M, TOC-B04. Leeg: de eigen inhoud van de collectie (voor biofysische collecties).</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Keep products whose footprint intersects this extent (any CRS); the composite covers it. Empty: everywhere (then name a tile).</source>
        <translation>Producten behouden waarvan de voetafdruk dit bereik snijdt (in elk CRS); het composiet dekt het. Leeg: overal (noem dan een tegel).</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Keep products whose cloud cover (from the catalogue) is at most this percentage. Empty: any cloud cover.</source>
        <translation>Producten behouden waarvan de bewolkingsgraad (volgens de catalogus) hoogstens dit percentage is. Leeg: elke bewolkingsgraad.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Authentication</source>
        <translation>Authenticatie</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>The QGIS authentication configuration of your Terrascope account, to read the files over the network. Not needed on the Terrascope platform.</source>
        <translation>De QGIS-authenticatieconfiguratie van uw Terrascope-account, om de bestanden over het netwerk te lezen. Niet nodig op het Terrascope-platform.</translation>
    </message>
</context>
<context>
    <name>TemporalStatisticsAlgorithm</name>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="116"/>
        <source>Temporal statistics</source>
        <translation>Temporele statistieken</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="48"/>
        <source>terrascope,sentinel-2,time series,median,percentile,minimum,maximum,standard deviation,count,best pixel,max ndvi,composite,cloud mask,scl</source>
        <translation>terrascope,sentinel-2,tijdreeks,mediaan,percentiel,minimum,maximum,standaardafwijking,aantal,beste pixel,max ndvi,composiet,wolkenmasker,scl</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="53"/>
        <source>Mean</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="54"/>
        <source>Median</source>
        <translation>Mediaan</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="55"/>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="56"/>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="57"/>
        <source>Standard deviation</source>
        <translation>Standaardafwijking</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="58"/>
        <source>Count of valid observations</source>
        <translation>Aantal geldige waarnemingen</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="59"/>
        <source>Percentiles</source>
        <translation>Percentielen</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="60"/>
        <source>Best pixel by maximum NDVI</source>
        <translation>Beste pixel volgens maximale NDVI</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="99"/>
        <source>Statistics</source>
        <translation>Statistieken</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="102"/>
        <source>Which statistics to compute; each gives one band (percentiles one band per percentile), in this order: mean, median, minimum, maximum, std (population), count, the percentiles, best_pixel. Default: mean, median and count.</source>
        <translation>Welke statistieken berekend worden; elke geeft één band (percentielen één band per percentiel), in deze volgorde: mean, median, minimum, maximum, std (populatie), count, de percentielen, best_pixel. Standaard: gemiddelde, mediaan en aantal.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="108"/>
        <source>Percentiles (0–100, comma-separated)</source>
        <translation>Percentielen (0–100, kommagescheiden)</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="111"/>
        <source>The percentiles to compute when &apos;Percentiles&apos; is chosen, numbers from 0 to 100 separated by commas, e.g. 10,50,90 or 2.5,97.5. Ignored otherwise.</source>
        <translation>De te berekenen percentielen als 'Percentielen' gekozen is, getallen van 0 tot 100 gescheiden door komma's, bv. 10,50,90 of 2.5,97.5. Anders genegeerd.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="117"/>
        <source>Float32 GeoTIFF, one band per statistic with the statistic's name as band description (mean, median, minimum, maximum, std, count, p10 …, best_pixel), nodata NaN.</source>
        <translation>Float32-GeoTIFF, één band per statistiek met de naam van de statistiek als bandbeschrijving (mean, median, minimum, maximum, std, count, p10 …, best_pixel), nodata NaN.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="137"/>
        <source>Choose at least one statistic.</source>
        <translation>Kies minstens één statistiek.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="145"/>
        <source>&apos;Percentiles&apos; is chosen but no percentile was given: give numbers from 0 to 100, e.g. 10,50,90.</source>
        <translation>'Percentielen' is gekozen maar er is geen percentiel opgegeven: geef getallen van 0 tot 100, bv. 10,50,90.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="161"/>
        <source>Bands: {}</source>
        <translation>Banden: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="64"/>
        <source>Per-pixel statistics of a time series of one Terrascope content on one grid (e.g. every NDVI image of a tile in a season), after leaving out cloudy and invalid pixels.

For each pixel, only the valid observations count: the nodata DN and DNs outside the valid range are left out, and so are pixels whose scene classification (SCL, found beside each input) is one of the chosen classes, optionally grown around clouds and shadows (or, with the advanced 'SCL mask method', buffered as openEO's two-kernel mask does).

Statistics (one output band each, named by its description):
• mean — the average of the valid values;
• median — the middle value (the mean of the two middle values for an even count);
• minimum, maximum — the smallest and largest valid value;
• std — the population standard deviation (divided by the count, not count − 1: one observation gives 0);
• count — the number of valid observations (0 where there is none: this band is 0, not nodata, there);
• percentiles — one band per percentile given in Percentiles (p10, p50, p90 …), with linear interpolation between the two nearest values as numpy's default (p50 is the median, p0 the minimum, p100 the maximum);
• best_pixel — a 'greenest pixel' composite: for a TOC band series (e.g. TOC-B04), the value on the date whose NDVI is highest, NDVI = (B08 − B04) / (B08 + B04) from the TOC-B04 and TOC-B08 files of the same product, found beside each input; only dates where the band and the NDVI are both valid compete, and on a tie the earliest input wins. For an NDVI series it is the maximum. Other contents are refused.

The output is a Float32 GeoTIFF on the grid of the inputs with nodata NaN where a pixel has no valid observation. Advanced 'One band per period': the statistics per year, season, month or dekad in one run, each over that period's dates: the bands of the first period (in the order above), then of the next, in time order, described '2020-06 median'. Memory stays bounded for any number of dates: the median and the percentiles are computed on windows sized so that all dates of a window fit a fixed memory budget.</source>
        <translation>Statistieken per pixel van een tijdreeks van één Terrascope-inhoud op één raster (bv. elk NDVI-beeld van een tegel in een seizoen), na het weglaten van bewolkte en ongeldige pixels.

Per pixel tellen alleen de geldige waarnemingen: de nodata-DN en DN's buiten het geldige bereik worden weggelaten, net als pixels waarvan de scèneclassificatie (SCL, gevonden naast elke invoer) een van de gekozen klassen is, eventueel uitgebreid rond wolken en schaduwen (of, met de geavanceerde 'SCL-maskermethode', gebufferd zoals het twee-kernelmasker van openEO).

Statistieken (elk één uitvoerband, genoemd in haar beschrijving):
• mean — het gemiddelde van de geldige waarden;
• median — de middelste waarde (het gemiddelde van de twee middelste waarden bij een even aantal);
• minimum, maximum — de kleinste en grootste geldige waarde;
• std — de standaardafwijking van de populatie (gedeeld door het aantal, niet door aantal − 1: één waarneming geeft 0);
• count — het aantal geldige waarnemingen (0 waar er geen is: deze band is daar 0, geen nodata);
• percentiles — één band per percentiel opgegeven in Percentielen (p10, p50, p90 …), met lineaire interpolatie tussen de twee dichtstbijzijnde waarden zoals numpy standaard doet (p50 is de mediaan, p0 het minimum, p100 het maximum);
• best_pixel — een 'groenste pixel'-composiet: voor een reeks TOC-banden (bv. TOC-B04) de waarde op de datum met de hoogste NDVI, NDVI = (B08 − B04) / (B08 + B04) uit de bestanden TOC-B04 en TOC-B08 van hetzelfde product, gevonden naast elke invoer; alleen datums waarop de band en de NDVI allebei geldig zijn, tellen mee, en bij gelijkstand wint de vroegste invoer. Voor een NDVI-reeks is het het maximum. Andere inhouden worden geweigerd.

De uitvoer is een Float32-GeoTIFF op het raster van de invoer met nodata NaN waar een pixel geen enkele geldige waarneming heeft. Geavanceerd 'Eén band per periode': de statistieken per jaar, seizoen, maand of decade in één run, elk over de datums van die periode: de banden van de eerste periode (in de volgorde hierboven), dan van de volgende, in tijdsvolgorde, beschreven als '2020-06 median'. Het geheugen blijft begrensd voor elk aantal datums: de mediaan en de percentielen worden berekend op vensters die zo gekozen zijn dat alle datums van een venster in een vast geheugenbudget passen.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="163"/>
        <source>{series} {statistics}</source>
        <translation>{series} {statistics}</translation>
    </message>
</context>
<context>
    <name>TerrascopeAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="159"/>
        <source>Incorrect parameter value for {}</source>
        <translation>Ongeldige parameterwaarde voor {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81"/>
        <source>Products and metadata</source>
        <translation>Producten en metadata</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="82"/>
        <source>Scaling and masking</source>
        <translation>Schalen en maskeren</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="83"/>
        <source>Composites and time series</source>
        <translation>Composieten en tijdreeksen</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="50"/>
        <source>{}: the outputs are GeoTIFFs; give a file name ending in .tif</source>
        <translation>{}: de uitvoer bestaat uit GeoTIFF's; geef een bestandsnaam die op .tif eindigt</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="58"/>
        <source>Write Cloud Optimized GeoTIFFs (COG)</source>
        <translation>Cloud Optimized GeoTIFF's (COG) schrijven</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="60"/>
        <source>Write the raster outputs as Cloud Optimized GeoTIFFs (DEFLATE, with overviews), ready to be served over HTTP or read in parts by remote clients. Off: tiled DEFLATE GeoTIFFs, faster to write.</source>
        <translation>De rasteruitvoer als Cloud Optimized GeoTIFF's schrijven (DEFLATE, met overzichten), klaar om via HTTP aangeboden of door externe clients in delen gelezen te worden. Niet aangevinkt: getegelde DEFLATE-GeoTIFF's, sneller te schrijven.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="170"/>
        <source>Cancelled by the user: no output was written.</source>
        <translation>Geannuleerd door de gebruiker: er is geen uitvoer geschreven.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="277"/>
        <source>Default style not found: {}</source>
        <translation>Standaardopmaak niet gevonden: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="281"/>
        <source>Could not apply the style {}: {}</source>
        <translation>Kan de opmaak {} niet toepassen: {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="169"/>
        <source>Stopped by {}: no output was written.</source>
        <translation>Gestopt door {}: er is geen uitvoer geschreven.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="84"/>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
</context>
<context>
    <name>TerrascopeInputs</name>
    <message>
        <location filename="../algorithms/inputs.py" line="100"/>
        <source>{}: not a raster file (the inputs must be Terrascope GeoTIFFs)</source>
        <translation>{}: geen rasterbestand (de invoer moet uit Terrascope-GeoTIFF's bestaan)</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="116"/>
        <source>{}: not a raster layer or file</source>
        <translation>{}: geen rasterlaag of bestand</translation>
    </message>
</context>
<context>
    <name>TerrascopeProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="59"/>
        <source>Terrascope Sentinel-2 products</source>
        <translation>Terrascope Sentinel-2-producten</translation>
    </message>
</context>
<context>
    <name>TimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/timeseries.py" line="37"/>
        <source>Time series at points or fields</source>
        <translation>Tijdreeksen op punten of percelen</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="40"/>
        <source>terrascope,sentinel-2,proba-v,time series,ndvi curve,profile,point,field,parcel,zonal statistics,plot,cloud mask,scl</source>
        <translation>terrascope,sentinel-2,proba-v,tijdreeks,ndvi-curve,profiel,punt,perceel,veld,zonale statistiek,grafiek,wolkenmasker,scl</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="44"/>
        <source>The curve of a time series at places: for every feature of the locations layer and every input date, the mean of the valid pixels under it.

Points: the pixel under the point. Polygons: the pixels whose centres fall inside the polygon (a polygon smaller than a pixel may hold none). The locations may be in any CRS: they are reprojected to each input&apos;s grid. Inputs may come from several tiles or UTM zones; each feature gets a row for every input date, with 0 pixels and no mean where it is outside that input.

Valid pixels are those the composites use: a valid DN (not nodata, in the valid range), not masked by the chosen scene classification classes (grown by &apos;Grow clouds and shadows by&apos;, or the advanced openEO buffer). &apos;Scale to physical values&apos; on (default): means of physical values; off: of the digital numbers.

Output: a table without geometry, one row per feature and date, sorted by feature and then acquisition: feature (the feature&apos;s id), acquisition (UTC), mean (NULL when no pixel is valid: masked, nodata or outside), valid (the valid pixels), pixels (the pixels under the feature in that input) and path (the input file).

Plot (optional): one line per feature over time, the dates without a valid pixel left out; a PNG image with matplotlib (it ships with QGIS on most systems), else an HTML page with an SVG chart.

Each date&apos;s window is read once for all the features in it: thousands of fields over a season cost about one read of the parts of the inputs that hold them.</source>
        <translation>De curve van een tijdreeks op plaatsen: voor elk object van de locatielaag en elke invoerdatum het gemiddelde van de geldige pixels eronder.

Punten: de pixel onder het punt. Polygonen: de pixels waarvan het middelpunt binnen de polygoon valt (een polygoon kleiner dan een pixel kan er geen bevatten). De locaties mogen in elk CRS staan: ze worden naar het raster van elke invoer geprojecteerd. De invoer mag uit meerdere tegels of UTM-zones komen; elk object krijgt een rij voor elke invoerdatum, met 0 pixels en geen gemiddelde waar het buiten die invoer ligt.

Geldige pixels zijn die welke de composieten gebruiken: een geldige DN (geen nodata, in het geldige bereik), niet gemaskeerd door de gekozen scèneclassificatieklassen (uitgebreid met 'Wolken en schaduwen uitbreiden met', of de geavanceerde openEO-buffer). 'Omzetten naar fysische waarden' aangevinkt (standaard): gemiddelden van fysische waarden; niet aangevinkt: van de digitale waarden.

Uitvoer: een tabel zonder geometrie, één rij per object en datum, gesorteerd op object en dan op opname: feature (de id van het object), acquisition (UTC), mean (NULL als geen pixel geldig is: gemaskeerd, nodata of erbuiten), valid (de geldige pixels), pixels (de pixels onder het object in die invoer) en path (het invoerbestand).

Grafiek (optioneel): één lijn per object in de tijd, datums zonder geldige pixel weggelaten; een PNG-afbeelding met matplotlib (op de meeste systemen met QGIS meegeleverd), anders een HTML-pagina met een SVG-grafiek.

Het venster van elke datum wordt één keer gelezen voor alle objecten erin: duizenden percelen over een seizoen kosten ongeveer één lezing van de delen van de invoer die ze bevatten.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="70"/>
        <source>Input rasters (one content)</source>
        <translation>Invoerrasters (één inhoud)</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="71"/>
        <source>The dates of the series: Terrascope products of one content (e.g. all NDVI_10M), on one grid or several (tiles, UTM zones). The output of &apos;Find products&apos; (its LAYERS) fits here.</source>
        <translation>De datums van de reeks: Terrascope-producten van één inhoud (bv. alle NDVI_10M), op één of meerdere rasters (tegels, UTM-zones). De uitvoer van 'Producten zoeken' (zijn LAYERS) past hier.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="75"/>
        <source>Points or fields</source>
        <translation>Punten of percelen</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="78"/>
        <source>Points (the pixel under each) or polygons (the pixels whose centres fall inside), in any CRS.</source>
        <translation>Punten (de pixel onder elk punt) of polygonen (de pixels waarvan het middelpunt erbinnen valt), in elk CRS.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="82"/>
        <source>Time series</source>
        <translation>Tijdreeks</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="83"/>
        <source>A table without geometry: feature, acquisition, mean (NULL when none is valid), valid, pixels, path.</source>
        <translation>Een tabel zonder geometrie: feature, acquisition, mean (NULL als er geen geldig is), valid, pixels, path.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="87"/>
        <source>Time series plot</source>
        <translation>Tijdreeksgrafiek</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="87"/>
        <source>Optional line chart, one line per feature over time (dates without a valid pixel left out): a .png image (needs matplotlib) or an .html page with an inline SVG chart. A .png asked for without matplotlib is written as .html beside it.</source>
        <translation>Optionele lijngrafiek, één lijn per object in de tijd (datums zonder geldige pixel weggelaten): een .png-afbeelding (vereist matplotlib) of een .html-pagina met een ingebedde SVG-grafiek. Een .png gevraagd zonder matplotlib wordt ernaast als .html geschreven.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="118"/>
        <source>{} input(s) of {} on {} grid(s); {} feature(s)</source>
        <translation>{} invoer(en) van {} op {} raster(s); {} object(en)</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="142"/>
        <source>{} feature(s) hold no pixel of any input (outside, or smaller than a pixel): their means are NULL.</source>
        <translation>{} object(en) bevatten geen pixel van enige invoer (erbuiten, of kleiner dan een pixel): hun gemiddelden zijn NULL.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="147"/>
        <source>{} at {} feature(s)</source>
        <translation>{} op {} object(en)</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="148"/>
        <source>mean {}</source>
        <translation>gemiddelde {}</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="148"/>
        <source> (digital numbers)</source>
        <translation> (digitale waarden)</translation>
    </message>
</context>
</TS>
