<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>FindAndCompositeModel</name>
    <message>
        <location filename="../algorithms/findandcomposite.py" line="68"/>
        <source>Find products and mean composite (model)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findandcomposite.py" line="77"/>
        <source>terrascope,sentinel-2,model,archive,find,composite,mean,workflow</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindProductsAlgorithm</name>
    <message>
        <location filename="../algorithms/findproducts.py" line="81"/>
        <source>Find products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="84"/>
        <source>terrascope,sentinel-2,archive,catalogue,search,find,footprint,time series,tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="87"/>
        <source>Finds Terrascope Sentinel-2 product rasters in a folder and all its subfolders: a copy of the Terrascope archive (COLLECTION/YYYY/MM/DD/product/[10M|20M/]files, e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) or any folder of Terrascope files. Only file names are listed, then the XML sidecar (cloud cover, footprint) and at most the GeoTIFF header of the matching files are read, never pixels: large archives are scanned in seconds. Files whose names do not follow the Terrascope convention are ignored.

Filters (all optional, all combined):
- Content: e.g. NDVI, FAPAR, TOC-B04; several separated by commas. A resolution may be appended (FAPAR_10M). Empty: every product raster except the quicklooks and the masks. The scene classification (SCL) of each product is given in its scl_path field; SCL files themselves are listed only when asked for (SCENECLASSIFICATION or SCL).
- Start and end: acquisition date-times, both inclusive, in UTC (a time without a zone is UTC). An end given as a date alone includes that whole day.
- Tiles: MGRS tiles separated by commas, e.g. 31UFS,31UES. Mission: S2A, S2B or S2C.
- Extent: in any CRS; products whose footprint intersects it are kept. The footprint comes from the XML sidecar, else from the GeoTIFF header; products with neither are left out, with a warning.
- Maximum cloud cover (%): from the XML sidecar. Products whose cloud cover is unknown (no sidecar) are kept, with a warning, unless &apos;Keep products of unknown cloud cover&apos; is unticked: masking with the scene classification removes their clouds pixel by pixel later.

Where several versions of one acquisition exist (e.g. V200 and V210), only the highest is kept, per content and resolution.

Outputs: a layer of footprint polygons (EPSG:4326), one feature per product file, sorted by acquisition time then tile, with the fields path, mission, acquisition (UTC), tile, content, resolution, version, cloud_cover (empty when unknown) and scl_path; and the list of the files (Layers), to connect to the inputs of the composites, temporal statistics or histogram in a model. For a composite, choose one content and one resolution so that all files share a grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="125"/>
        <source>Folder to scan (with its subfolders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="125"/>
        <source>A Terrascope archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) or any folder holding Terrascope files; it is scanned recursively.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="130"/>
        <source>Content (e.g. NDVI, TOC-B04; empty: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="130"/>
        <source>Product contents separated by commas, e.g. NDVI or TOC-B04,TOC-B08; a resolution may be appended (FAPAR_10M). Empty: every product raster except quicklooks and masks; SCENECLASSIFICATION (or SCL) lists the scene classification files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="135"/>
        <source>Start (UTC, inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="135"/>
        <source>Earliest acquisition time, inclusive; a time without a zone is UTC.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="139"/>
        <source>End (UTC, inclusive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="139"/>
        <source>Latest acquisition time, inclusive; a time without a zone is UTC. A date alone (YYYY-MM-DD) includes that whole day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="144"/>
        <source>Tiles (comma-separated, e.g. 31UFS,31UES)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="144"/>
        <source>MGRS tiles to keep, separated by commas; empty: all tiles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="147"/>
        <source>Mission (S2A, S2B, S2C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="147"/>
        <source>Satellites to keep (S2A, S2B, S2C), separated by commas; empty: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="150"/>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="150"/>
        <source>Keep products whose footprint intersects this extent (any CRS: it is transformed to EPSG:4326). An extent without a CRS is taken as EPSG:4326.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="153"/>
        <source>Maximum cloud cover (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="153"/>
        <source>Keep products whose cloud cover (from the XML sidecar) is at most this percentage. Products of unknown cloud cover are kept unless told otherwise below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="158"/>
        <source>Resolution (10M, 20M, 60M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="158"/>
        <source>Resolutions to keep, separated by commas, e.g. 10M (biophysical products come at 10M and 20M); empty: all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="162"/>
        <source>Keep products of unknown cloud cover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="162"/>
        <source>With a maximum cloud cover: keep (ticked) or leave out (unticked) the products whose cloud cover is unknown because they have no XML sidecar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="166"/>
        <source>Product footprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="166"/>
        <source>One footprint polygon (EPSG:4326) per product file found, sorted by time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="169"/>
        <source>Product files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="190"/>
        <source>{}: {!r} is not a date-time (expected e.g. 2019-03-07T10:50:21)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="208"/>
        <source>The extent has no CRS: taken as EPSG:4326 (longitude, latitude).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="215"/>
        <source>The extent cannot be transformed from {} to EPSG:4326: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="224"/>
        <source>No input folder was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="245"/>
        <source>{} files listed, {} Terrascope rasters, {} older or duplicate versions set aside: {} products found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="249"/>
        <source>No product in {} matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistogramAlgorithm</name>
    <message>
        <location filename="../algorithms/histogram.py" line="47"/>
        <source>Histogram of a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="50"/>
        <source>terrascope,sentinel-2,histogram,distribution,frequency,time series,ndvi,cloud mask,scl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="54"/>
        <source>Counts the values of every given Terrascope product of one content and one grid in equal bins and sums the counts over all of them — the histogram of a whole time series or of several images at once.

Only valid values count: the nodata DN and DNs outside the valid range are left out, and so are pixels whose scene classification (SCL, found beside each input) is one of the chosen classes (advanced: grown around clouds and shadows, or buffered as openEO's two-kernel mask does).

Range: from Minimum to Maximum in Bins equal bins. Left empty, they default to the content's physical range (NDVI −0.08 to 0.92, FAPAR and FCOVER 0 to 1, LAI 0 to 10, TOC reflectance 0 to 1) with Scale on, or to the valid range of the digital numbers with Scale off (NDVI and LAI 0 to 250, FAPAR and FCOVER 0 to 200, TOC 0 to 10000). Every bin holds its lower edge; the last bin holds its upper edge too. Values outside the range are in no bin: how many fell below and above it is written to the log.

Output: a table without geometry, one row per bin, with the fields bin_min, bin_max and count. Plot (optional): a bar chart, as a PNG image when matplotlib is available (it ships with QGIS on most systems) or as an HTML page with an SVG chart (no extra library).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="76"/>
        <source>Number of bins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="79"/>
        <source>How many equal bins divide the range from Minimum to Maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="82"/>
        <source>Minimum (lower edge of the first bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="82"/>
        <source>Empty: the content&apos;s physical range (Scale on) or valid DN range (Scale off).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="82"/>
        <source>Maximum (upper edge of the last bin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="93"/>
        <source>Histogram</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="95"/>
        <source>A table without geometry: one row per bin with bin_min, bin_max and count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="99"/>
        <source>PNG image (*.png);;HTML page with an SVG chart (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="101"/>
        <source>HTML page with an SVG chart (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="102"/>
        <source>Histogram plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="105"/>
        <source>Optional bar chart of the histogram: a .png image (needs matplotlib) or an .html page with an inline SVG chart. A .png asked for without matplotlib is written as .html beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="127"/>
        <source>Range {} to {} in {} bins: {} values counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="130"/>
        <source>{} valid values fell outside the range and are in no bin: {} below {} and {} above {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="155"/>
        <source>{} histogram of {} input(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="156"/>
        <source> (digital numbers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="170"/>
        <source>matplotlib is not available: the plot is written as an HTML page with an SVG chart: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MaskBySclAlgorithm</name>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="65"/>
        <source>Mask by scene classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="68"/>
        <source>terrascope,sentinel-2,scl,scene classification,cloud,shadow,mask,dilation,buffer,nodata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="72"/>
        <source>Sets to nodata the pixels of a Terrascope raster that its scene classification (SCL) marks as clouds, shadows or other unwanted classes. Everything else is copied unchanged: the output has the input's data type, bands, grid and scale tags.

SCL: the file …_SCENECLASSIFICATION_20M_… of the same product, found beside the input by the naming convention ({pattern}; same folder, or the sibling 20M folder of a biophysical product) unless given. It is put onto the input's grid by nearest neighbour (the 20 m SCL on 10 m bands, on 60 m bands), never interpolated. SCL 0 (no data) is a class like the others although the files do not declare it.

CLASSES: the SCL values whose pixels are masked. Default: {defaults}. Choose none to copy the input unmasked.

DILATION: a distance in metres by which the masked cloud and shadow classes grow: every pixel whose centre lies within that distance (rounded to whole pixels of the input) of a pixel of a chosen class among {dilatable} is masked too. Snow, no data and saturated pixels are not grown. The advanced 'SCL mask method' offers openEO's two-kernel buffer instead.

Masked pixels get the input's nodata value; where the input declares none, the product table's nodata DN for its content (255 for NDVI, FAPAR, FCOVER, LAI; 32767 for TOC bands) is used and declared on the output (the log says so). The output is a tiled, compressed GeoTIFF, written to a temporary file and put in place only when complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="95"/>
        <source>Terrascope raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="96"/>
        <source>A Terrascope Sentinel-2 GeoTIFF (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif or a TOC band). It is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="101"/>
        <source>Scene classification (SCL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="102"/>
        <source>The product's …_SCENECLASSIFICATION_20M_….tif. Leave empty to use the one found beside the input by the naming convention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="109"/>
        <source>Masked raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="110"/>
        <source>The input with masked pixels set to its nodata value; same data type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="117"/>
        <source>No input raster was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="126"/>
        <source>Scene classification: {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="130"/>
        <source>{} declares no nodata value: masked pixels were set to {}, the product table&apos;s nodata DN for {}, which the output declares.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="134"/>
        <source>Masked pixels set to the nodata value {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="135"/>
        <source>{} pixels masked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeanCompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/meancomposite.py" line="70"/>
        <source>Mean composite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="33"/>
        <source>terrascope,sentinel-2,composite,mean,average,cloud free,time series,scl,cloud mask,dilation,buffer,ndvi,count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="37"/>
        <source>The cloud-free mean of a time series: for each pixel, the average of its valid observations over the input dates, and optionally how many there were.

Inputs: Terrascope GeoTIFFs of one content (e.g. every NDVI_10M of a tile over a season) on one grid. Inputs of another content, CRS or grid are refused with the names of the offending files ('Find products' lists matching files).

What counts as valid, per date:
• the DN is not the nodata value and lies in the valid range (e.g. NDVI 0–250: the nodata 255 and 251–254 are left out);
• the pixel's scene classification (SCL) is not one of the chosen classes. The SCL is the file …_SCENECLASSIFICATION_20M_… beside each input (in the same folder, or in the sibling 20M folder of a biophysical product), put onto the input's grid by nearest neighbour (the 20 m SCL on 10 m inputs). SCL 0 (no data) is a class like the others although the files do not declare it. Default classes: {defaults}. Choose no class to average every valid DN without any SCL;
• with a DILATION of d metres, pixels within d metres (rounded to whole pixels, centre to centre: a disk) of a pixel of a chosen cloud or shadow class ({dilatable}) are left out too. Snow, no data and saturated pixels are never grown.
The advanced 'SCL mask method' offers openEO's two-kernel buffer instead (see its help).

SCALE on (default): the mean of physical values, value = scale × DN + offset from the product table (e.g. NDVI = DN/250 − 0.08); off: the mean of the DNs. Either way the output is Float32 with nodata NaN where a pixel has no valid observation.

COUNT (optional): UInt16, the number of valid observations per pixel; 0 means none (no nodata is declared).

The work streams window by window over the dates on all cores: memory does not grow with the number of dates or the raster size. Outputs are tiled, compressed GeoTIFFs on the inputs' grid, written to temporary files and put in place only when complete: a failure or a cancel leaves no partial output and never replaces an existing file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="71"/>
        <source>Float32 GeoTIFF: the mean of the valid observations per pixel (physical values with SCALE on, DNs with it off); NaN where there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="76"/>
        <source>Number of valid observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="78"/>
        <source>Optional UInt16 GeoTIFF: how many dates had a valid, unmasked observation of each pixel (0 = none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="92"/>
        <source>Mean of {} dates written to {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParseProductAlgorithm</name>
    <message>
        <location filename="../algorithms/parseproduct.py" line="38"/>
        <source>Parse product name and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="41"/>
        <source>terrascope,sentinel-2,name,metadata,scale,offset,nodata,cloud cover,footprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="44"/>
        <source>Reads what a Terrascope Sentinel-2 file says about itself: its name, its GeoTIFF header and its XML sidecar.

Input: a product GeoTIFF (e.g. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) or its XML sidecar (e.g. S2A_20230220T074941_38SKG_TOC_V210.xml). The name must follow the pattern {pattern}.

Outputs from the name: MISSION (S2A, S2B, S2C), ACQUISITION (the UTC sensing start as ISO 8601, e.g. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (e.g. TOC-B04, NDVI, SCENECLASSIFICATION), RESOLUTION (10M, 20M, 60M; empty when the name has none, as on quicklooks and TOC XML files) and VERSION (digits, e.g. 210).

SCALE and OFFSET turn digital numbers into physical values (value = SCALE × DN + OFFSET), from the Terrascope product table. NODATA is the digital number that marks missing data: the one the GeoTIFF declares, else the table's. They are empty for the scene classification (class codes are never scaled), quicklooks and contents without a published scale.

CLOUD_COVER (%) and FOOTPRINT (WKT polygon in EPSG:4326, from the bounding box) come from the XML sidecar when there is one beside the GeoTIFF (or when the input is the XML itself); they are empty otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="64"/>
        <source>Terrascope product file (.tif or .xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="64"/>
        <source>Terrascope products (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="70"/>
        <source>A Terrascope Sentinel-2 GeoTIFF or XML sidecar whose name follows {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="75"/>
        <source>Mission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="76"/>
        <source>Acquisition (UTC, ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="77"/>
        <source>MGRS tile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="78"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="79"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="80"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="81"/>
        <source>Scale of the digital numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="82"/>
        <source>Offset of the digital numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="83"/>
        <source>Nodata digital number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="84"/>
        <source>Cloud cover (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="85"/>
        <source>Footprint (WKT, EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="90"/>
        <source>No input file was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="92"/>
        <source>{}: is a folder; give one of its .tif files or its .xml sidecar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="95"/>
        <source>{}: no such file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleToPhysicalAlgorithm</name>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="77"/>
        <source>Scale to physical values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="80"/>
        <source>terrascope,sentinel-2,scale,offset,digital number,DN,reflectance,NDVI,LAI,FAPAR,FCOVER,physical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="84"/>
        <source>Turns the digital numbers (DN) of a Terrascope Sentinel-2 raster into physical values:

value = scale × DN + offset

The scale and offset come from the Terrascope product table:
{table}

The nodata DN (the one the file declares, else the table's: RAA of V220 is uint16 with nodata 65535) and DNs outside the valid range (e.g. 251–254 for NDVI and LAI, 201–254 for FAPAR and FCOVER) become NaN, the output's nodata. Every band of a multi-band raster is scaled.

The content is read from the Terrascope file name (mission_date-time_tile_content_resolution_version, e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif) unless chosen in Content, which is needed for files that were renamed. CCC and CWC have no published scale: the file's own scale/offset tags are used, else give Scale and Offset (advanced parameters), which also override the table. The scene classification (class codes) and quicklooks (RGB previews) are refused.

The output is a tiled, DEFLATE-compressed Float32 GeoTIFF on the input's grid, written to a temporary file and put in place only when complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="103"/>
        <source>Terrascope raster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="104"/>
        <source>A Terrascope Sentinel-2 GeoTIFF of digital numbers, e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif or a TOC band. It is never modified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="109"/>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="109"/>
        <source>From the file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="112"/>
        <source>What the DNs are. &apos;From the file name&apos; reads it from a Terrascope name such as S2A_20190307T105021_31UFS_NDVI_10M_V200.tif; choose it explicitly for a file with another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="118"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="118"/>
        <source>Multiplies the DN. Required for CCC and CWC when the file declares no scale; otherwise leave empty to use the product table (a value given here overrides it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="118"/>
        <source>Offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="118"/>
        <source>Added after scaling. Leave empty to use the product table or the file&apos;s tags (0 when neither gives one); a value given here overrides them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="132"/>
        <source>Physical values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="133"/>
        <source>Float32 GeoTIFF of the physical values, NaN where the DN was not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="162"/>
        <source>DN {} (nodata)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="164"/>
        <source>DNs outside {}–{}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="166"/>
        <source>{} band {}: value = {}; NaN for {}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="166"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="166"/>
        <source>no DN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="182"/>
        <source>{}: not a raster layer or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="186"/>
        <source>{}: not a raster file (the input must be a Terrascope GeoTIFF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="197"/>
        <source>{} must be a finite number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemporalStatisticsAlgorithm</name>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="106"/>
        <source>Temporal statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="41"/>
        <source>terrascope,sentinel-2,time series,median,percentile,minimum,maximum,standard deviation,count,best pixel,max ndvi,composite,cloud mask,scl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="46"/>
        <source>Mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="47"/>
        <source>Median</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="48"/>
        <source>Minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="49"/>
        <source>Maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="50"/>
        <source>Standard deviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="51"/>
        <source>Count of valid observations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="52"/>
        <source>Percentiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="53"/>
        <source>Best pixel by maximum NDVI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="57"/>
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

The output is a Float32 GeoTIFF on the grid of the inputs with nodata NaN where a pixel has no valid observation. Memory stays bounded for any number of dates: the median and the percentiles are computed on windows sized so that all dates of a window fit a fixed memory budget.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="89"/>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="92"/>
        <source>Which statistics to compute; each gives one band (percentiles one band per percentile), in this order: mean, median, minimum, maximum, std (population), count, the percentiles, best_pixel. Default: mean, median and count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="98"/>
        <source>Percentiles (0–100, comma-separated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="101"/>
        <source>The percentiles to compute when &apos;Percentiles&apos; is chosen, numbers from 0 to 100 separated by commas, e.g. 10,50,90 or 2.5,97.5. Ignored otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="107"/>
        <source>Float32 GeoTIFF, one band per statistic with the statistic's name as band description (mean, median, minimum, maximum, std, count, p10 …, best_pixel), nodata NaN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="126"/>
        <source>Choose at least one statistic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="134"/>
        <source>&apos;Percentiles&apos; is chosen but no percentile was given: give numbers from 0 to 100, e.g. 10,50,90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="144"/>
        <source>Bands: {}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerrascopeAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="71"/>
        <source>Products and metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="72"/>
        <source>Scaling and masking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="73"/>
        <source>Composites and time series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerrascopeProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="60"/>
        <source>Terrascope Sentinel-2 products</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>algorithm</name>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="44"/>
        <source>{}: not a raster layer or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="47"/>
        <source>{}: not a raster file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
