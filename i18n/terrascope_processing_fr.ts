<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>ClusterJobAlgorithm</name>
    <message>
        <location filename="../algorithms/clusterjob.py" line="44"/>
        <source>Cluster job (Spark)</source>
        <translation>Tâche de grappe (Spark)</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="47"/>
        <source>terrascope,spark,cluster,yarn,job,archive,composite,statistics,histogram,region</source>
        <translation>terrascope,spark,grappe,cluster,yarn,tâche,archive,composite,statistiques,histogramme,région</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="50"/>
        <source>Writes a job folder that runs a mean composite, temporal statistics or a histogram over a whole archive selection on Apache Spark: on the Terrascope cluster (YARN) or on any machine.

Selection and settings: as in &apos;Find products&apos; (the archive folder as the cluster sees it, content, dates, tiles, extent, cloud cover) and as in the composites (scene classification classes, growth of clouds and shadows, scaling). Nothing is read here: the cluster scans the archive when the job runs.

The job folder holds terrascope_processing.zip (the code), run.py, arguments.txt and submit.sh: &apos;./submit.sh local&apos; runs it here with spark-submit, &apos;./submit.sh yarn&apos; on the cluster (after kinit, with a packed Python environment holding GDAL, numpy and lxml: see the script). The job writes one Cloud Optimized GeoTIFF per tile, VRT mosaics and job.json into its output folder, with the values this plugin&apos;s algorithms give for each tile.</source>
        <translation>Écrit un dossier de tâche qui exécute un composite moyen, des statistiques temporelles ou un histogramme sur toute une sélection d'archive avec Apache Spark : sur la grappe Terrascope (YARN) ou sur n'importe quelle machine.

Sélection et réglages : comme dans « Rechercher des produits » (le dossier d'archive tel que la grappe le voit, contenu, dates, tuiles, emprise, couverture nuageuse) et comme dans les composites (classes de classification de scène, extension des nuages et des ombres, conversion). Rien n'est lu ici : la grappe parcourt l'archive quand la tâche s'exécute.

Le dossier de tâche contient terrascope_processing.zip (le code), run.py, arguments.txt et submit.sh : « ./submit.sh local » l'exécute ici avec spark-submit, « ./submit.sh yarn » sur la grappe (après kinit, avec un environnement Python empaqueté contenant GDAL, numpy et lxml : voir le script). La tâche écrit un GeoTIFF optimisé pour le cloud par tuile, des mosaïques VRT et job.json dans son dossier de sortie, avec les valeurs que donnent les algorithmes de cette extension pour chaque tuile.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="65"/>
        <source>Archive folder (as the cluster sees it)</source>
        <translation>Dossier d'archive (tel que la grappe le voit)</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="65"/>
        <source>The archive folder the job scans, recursively, as a path on the cluster (it need not exist on this machine); several folders separated by semicolons.</source>
        <translation>Le dossier d'archive que la tâche parcourt, récursivement, sous forme de chemin sur la grappe (il n'a pas besoin d'exister sur cette machine) ; plusieurs dossiers séparés par des points-virgules.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Computation</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Mean composite</source>
        <translation>Composite moyen</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Temporal statistics</source>
        <translation>Statistiques temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="71"/>
        <source>Mean composite: one mean (and count) per tile. Temporal statistics: the chosen statistics per tile. Histogram: one histogram of every selected product.</source>
        <translation>Composite moyen : une moyenne (et un nombre) par tuile. Statistiques temporelles : les statistiques choisies par tuile. Histogramme : un histogramme de tous les produits sélectionnés.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="78"/>
        <source>Also the number of valid observations</source>
        <translation>Aussi le nombre d'observations valides</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="78"/>
        <source>Mean composite: also write the count per tile (count.tif, count.vrt).</source>
        <translation>Composite moyen : écrire aussi le nombre par tuile (count.tif, count.vrt).</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="81"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="81"/>
        <source>Temporal statistics: which statistics, as in &apos;Temporal statistics&apos;.</source>
        <translation>Statistiques temporelles : quelles statistiques, comme dans « Statistiques temporelles ».</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="85"/>
        <source>Percentiles (0–100, comma-separated)</source>
        <translation>Percentiles (0–100, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="85"/>
        <source>Temporal statistics: the percentiles when &apos;Percentiles&apos; is chosen.</source>
        <translation>Statistiques temporelles : les percentiles quand « Percentiles » est choisi.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="88"/>
        <source>Number of bins</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="88"/>
        <source>Histogram: how many equal bins.</source>
        <translation>Histogramme : combien de classes égales.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="92"/>
        <source>Histogram minimum</source>
        <translation>Minimum de l'histogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="92"/>
        <source>Histogram maximum</source>
        <translation>Maximum de l'histogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="93"/>
        <source>Histogram: the range; empty: the content&apos;s physical (or digital number) range.</source>
        <translation>Histogramme : la plage ; vide : la plage physique (ou des valeurs numériques) du contenu.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="96"/>
        <source>Output folder of the job</source>
        <translation>Dossier de sortie de la tâche</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="96"/>
        <source>Where the job writes its results, as a path that the driver and every executor reach (on the cluster: a shared folder, e.g. under /data/users). Empty: a folder &apos;output&apos; in the job folder, for a run on this machine.</source>
        <translation>Où la tâche écrit ses résultats, sous forme de chemin qu'atteignent le pilote et chaque exécuteur (sur la grappe : un dossier partagé, p. ex. sous /data/users). Vide : un dossier « output » dans le dossier de tâche, pour une exécution sur cette machine.</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="101"/>
        <source>Job folder</source>
        <translation>Dossier de tâche</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="101"/>
        <source>The folder to write the job into (created if needed).</source>
        <translation>Le dossier où écrire la tâche (créé si nécessaire).</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="103"/>
        <source>Submit script</source>
        <translation>Script de soumission</translation>
    </message>
    <message>
        <location filename="../algorithms/clusterjob.py" line="130"/>
        <source>Job written to {}; submit it with {} local (or yarn)</source>
        <translation>Tâche écrite dans {} ; soumettez-la avec {} local (ou yarn)</translation>
    </message>
</context>
<context>
    <name>FindAndCompositeModel</name>
    <message>
        <location filename="../algorithms/findandcomposite.py" line="18"/>
        <source>Find products and mean composite (model)</source>
        <translation>Rechercher des produits et composite moyen (modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/findandcomposite.py" line="21"/>
        <source>terrascope,sentinel-2,model,archive,find,composite,mean,workflow</source>
        <translation>terrascope,sentinel-2,modèle,archive,rechercher,composite,moyenne,chaîne de traitement</translation>
    </message>
</context>
<context>
    <name>FindAndTimeSeriesModel</name>
    <message>
        <location filename="../algorithms/findandtimeseries.py" line="18"/>
        <source>Find products and time series at fields (model)</source>
        <translation>Rechercher des produits et séries temporelles sur des parcelles (modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/findandtimeseries.py" line="21"/>
        <source>terrascope,sentinel-2,model,archive,find,time series,ndvi curve,points,fields,workflow</source>
        <translation>terrascope,sentinel-2,modèle,archive,rechercher,série temporelle,courbe ndvi,points,parcelles,chaîne de traitement</translation>
    </message>
</context>
<context>
    <name>FindProductsAlgorithm</name>
    <message>
        <location filename="../algorithms/findproducts.py" line="85"/>
        <source>Find products</source>
        <translation>Rechercher des produits</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="88"/>
        <source>terrascope,sentinel-2,archive,catalogue,search,find,footprint,time series,tiles</source>
        <translation>terrascope,sentinel-2,archive,catalogue,recherche,rechercher,empreinte,série temporelle,tuiles</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="135"/>
        <source>Folder to scan (with its subfolders)</source>
        <translation>Dossier à parcourir (avec ses sous-dossiers)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="135"/>
        <source>A Terrascope archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) or any folder holding Terrascope files; it is scanned recursively.</source>
        <translation>Un dossier d'archive Terrascope (p. ex. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) ou tout dossier contenant des fichiers Terrascope ; il est parcouru récursivement.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="163"/>
        <source>Content (e.g. NDVI, TOC-B04; empty: all)</source>
        <translation>Contenu (p. ex. NDVI, TOC-B04 ; vide : tous)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="163"/>
        <source>Product contents separated by commas, e.g. NDVI or TOC-B04,TOC-B08; a resolution may be appended (FAPAR_10M). Empty: every product raster except quicklooks and masks; SCENECLASSIFICATION (or SCL) lists the scene classification files.</source>
        <translation>Contenus de produit séparés par des virgules, p. ex. NDVI ou TOC-B04,TOC-B08 ; une résolution peut être ajoutée (FAPAR_10M). Vide : tous les rasters de produit sauf les aperçus et les masques ; SCENECLASSIFICATION (ou SCL) liste les fichiers de classification de scène.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="168"/>
        <source>Start (UTC, inclusive)</source>
        <translation>Début (UTC, inclus)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="168"/>
        <source>Earliest acquisition time, inclusive; a time without a zone is UTC.</source>
        <translation>Première date-heure d'acquisition, incluse ; une heure sans fuseau est en UTC.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="172"/>
        <source>End (UTC, inclusive)</source>
        <translation>Fin (UTC, incluse)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="172"/>
        <source>Latest acquisition time, inclusive; a time without a zone is UTC. A date alone (YYYY-MM-DD) includes that whole day.</source>
        <translation>Dernière date-heure d'acquisition, incluse ; une heure sans fuseau est en UTC. Une date seule (AAAA-MM-JJ) inclut toute la journée.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="177"/>
        <source>Tiles (comma-separated, e.g. 31UFS,31UES)</source>
        <translation>Tuiles (séparées par des virgules, p. ex. 31UFS,31UES)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="141"/>
        <source>Mission (S2A, S2B, S2C)</source>
        <translation>Mission (S2A, S2B, S2C)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="183"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="183"/>
        <source>Keep products whose footprint intersects this extent (any CRS: it is transformed to EPSG:4326). An extent without a CRS is taken as EPSG:4326.</source>
        <translation>Garder les produits dont l'empreinte intersecte cette emprise (dans tout SCR : elle est transformée en EPSG:4326). Une emprise sans SCR est prise en EPSG:4326.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="186"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="145"/>
        <source>Resolution (10M, 20M, 60M)</source>
        <translation>Résolution (10M, 20M, 60M)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="149"/>
        <source>Keep products of unknown cloud cover</source>
        <translation>Garder les produits de couverture nuageuse inconnue</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="149"/>
        <source>With a maximum cloud cover: keep (ticked) or leave out (unticked) the products whose cloud cover is unknown because they have no XML sidecar.</source>
        <translation>Avec une couverture nuageuse maximale : garder (coché) ou écarter (décoché) les produits dont la couverture nuageuse est inconnue faute de fichier XML d'accompagnement.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="194"/>
        <source>Product footprints</source>
        <translation>Empreintes des produits</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="194"/>
        <source>One footprint polygon (EPSG:4326) per product file found, sorted by time.</source>
        <translation>Un polygone d'empreinte (EPSG:4326) par fichier de produit trouvé, trié par date.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="197"/>
        <source>Product files</source>
        <translation>Fichiers des produits</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="218"/>
        <source>{}: {!r} is not a date-time (expected e.g. 2019-03-07T10:50:21)</source>
        <translation>{} : {!r} n'est pas une date-heure (attendu p. ex. 2019-03-07T10:50:21)</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="236"/>
        <source>The extent has no CRS: taken as EPSG:4326 (longitude, latitude).</source>
        <translation>L'emprise n'a pas de SCR : elle est prise en EPSG:4326 (longitude, latitude).</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="243"/>
        <source>The extent cannot be transformed from {} to EPSG:4326: {}</source>
        <translation>L'emprise ne peut pas être transformée de {} en EPSG:4326 : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="252"/>
        <source>No input folder was given</source>
        <translation>Aucun dossier en entrée n'a été donné</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="261"/>
        <source>{} files listed, {} Terrascope rasters, {} older or duplicate versions set aside: {} products found.</source>
        <translation>{} fichiers listés, {} rasters Terrascope, {} versions plus anciennes ou en double écartées : {} produits trouvés.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="286"/>
        <source>No product in {} matches the filters.</source>
        <translation>Aucun produit de {} ne correspond aux filtres.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="153"/>
        <source>Add the product files to the project</source>
        <translation>Ajouter les fichiers des produits au projet</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="153"/>
        <source>Ticked: when run from the dialog, every product file found is added to the project as a raster layer, styled by its content, ready to be chosen in &apos;Input rasters&apos; of the composites. Scripts and qgis_process use the &apos;Product files&apos; output instead.</source>
        <translation>Coché : lancé depuis la boîte de dialogue, chaque fichier de produit trouvé est ajouté au projet comme couche raster, stylée selon son contenu, prête à être choisie dans « Rasters en entrée » des composites. Les scripts et qgis_process utilisent plutôt la sortie « Fichiers des produits ».</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="186"/>
        <source>Keep products whose cloud cover (from the XML sidecar, or the catalogue&apos;s item) is at most this percentage. Products of unknown cloud cover are kept, with a warning.</source>
        <translation>Garder les produits dont la couverture nuageuse (lue dans le fichier XML d'accompagnement ou dans l'élément du catalogue) est au plus ce pourcentage. Les produits de couverture nuageuse inconnue sont gardés, avec un avertissement.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="308"/>
        <source>Terrascope</source>
        <translation>Terrascope</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="310"/>
        <source>{content} products {dates}</source>
        <translation>Produits {content} {dates}</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="319"/>
        <source>No project to add the product files to: use the &apos;Product files&apos; output.</source>
        <translation>Aucun projet auquel ajouter les fichiers des produits : utilisez la sortie « Fichiers des produits ».</translation>
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
        <translation>Recherche les rasters de produits Terrascope Sentinel-2 et PROBA-V dans un dossier et tous ses sous-dossiers, filtrés par contenu, dates, tuiles, mission, emprise et couverture nuageuse, prêts pour les composites.

Où chercher : une copie de l'archive Terrascope (COLLECTION/AAAA/MM/JJ/produit/[10M|20M/]fichiers, p. ex. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2 ; PROBA-V : COLLECTION/AAAA/AAAAMMJJ/produit/fichiers, p. ex. /data/MTDA/TIFFDERIVED/PROBAV_L3_S1_TOC_333M, V001 sans l'année) ou tout dossier de fichiers Terrascope. Seuls les noms de fichiers sont listés, puis le fichier XML d'accompagnement (couverture nuageuse, empreinte) et au plus l'en-tête GeoTIFF des fichiers retenus sont lus, jamais les pixels : de grandes archives sont parcourues en quelques secondes. Les fichiers dont le nom ne suit pas la convention Terrascope sont ignorés.

Filtres (tous facultatifs, tous combinés) :
- Contenu : p. ex. NDVI, FAPAR, TOC-B04 ; plusieurs séparés par des virgules. Une résolution peut être ajoutée (FAPAR_10M). Vide : tous les rasters de produit sauf les aperçus et les masques. La classification de scène (SCL) de chaque produit est donnée dans son champ scl_path ; les fichiers SCL eux-mêmes ne sont listés que sur demande (SCENECLASSIFICATION ou SCL).
- Début et fin : dates-heures d'acquisition, toutes deux incluses, en UTC (une heure sans fuseau est en UTC). Une fin donnée par une date seule inclut toute la journée.
- Tuiles : tuiles MGRS séparées par des virgules, p. ex. 31UFS,31UES, ou tuiles PROBA-V (X18Y02). Mission : S2A, S2B, S2C ou PROBAV. Les contenus PROBA-V sont les couches (NDVI, RADIOMETRY, SM…) ; la carte d'état de chaque produit PROBA-V est donnée dans scl_path.
- Emprise : dans tout SCR ; les produits dont l'empreinte l'intersecte sont gardés. L'empreinte vient du fichier XML d'accompagnement, sinon de l'en-tête GeoTIFF ; les produits sans l'un ni l'autre sont écartés, avec un avertissement.
- Couverture nuageuse maximale (%) : lue dans le fichier XML d'accompagnement. Les produits de couverture nuageuse inconnue (sans fichier XML) sont gardés, avec un avertissement, sauf si « Garder les produits de couverture nuageuse inconnue » est décoché : le masquage par la classification de scène retire ensuite leurs nuages pixel par pixel.

Lorsque plusieurs versions d'une acquisition existent (p. ex. V200 et V210), seule la plus élevée est gardée, par contenu et résolution.

Sorties : une couche de polygones d'empreinte (EPSG:4326), une entité par fichier de produit, triée par date d'acquisition puis par tuile, avec les champs path, mission, acquisition (UTC), tile, content, resolution, version, cloud_cover (vide si inconnue) et scl_path ; et la liste des fichiers (« Fichiers des produits »), à relier aux entrées des composites, des statistiques temporelles ou de l'histogramme dans un modèle. Pour un composite, choisissez un seul contenu et une seule résolution afin que tous les fichiers partagent une grille.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="141"/>
        <source>Satellites to keep (S2A, S2B, S2C, PROBAV), separated by commas; empty: all.</source>
        <translation>Satellites à garder (S2A, S2B, S2C, PROBAV), séparés par des virgules ; vide : tous.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="145"/>
        <source>Resolutions to keep, separated by commas, e.g. 10M (biophysical products come at 10M and 20M; PROBA-V at 1KM, 333M or 100M); empty: all.</source>
        <translation>Résolutions à garder, séparées par des virgules, p. ex. 10M (les produits biophysiques existent en 10M et 20M ; PROBA-V en 1KM, 333M ou 100M) ; vide : toutes.</translation>
    </message>
    <message>
        <location filename="../algorithms/findproducts.py" line="177"/>
        <source>MGRS tiles (or PROBA-V tiles, e.g. X18Y02) to keep, separated by commas; empty: all tiles.</source>
        <translation>Tuiles MGRS (ou tuiles PROBA-V, p. ex. X18Y02) à garder, séparées par des virgules ; vide : toutes les tuiles.</translation>
    </message>
</context>
<context>
    <name>HelpTexts</name>
    <message>
        <location filename="../algorithms/help_texts.py" line="42"/>
        <source>no published scale (the file&apos;s tags, or &apos;Scale&apos; and &apos;Offset&apos;)</source>
        <translation>pas d'échelle publiée (les étiquettes du fichier, ou « Échelle » et « Décalage »)</translation>
    </message>
    <message>
        <location filename="../algorithms/help_texts.py" line="49"/>
        <source>bands</source>
        <translation>bandes</translation>
    </message>
    <message>
        <location filename="../algorithms/help_texts.py" line="72"/>
        <source>Quality layer: for {s2} the scene classification (SCL) …_{scl}_{scl_resolution}_… of the same product, found beside the input by the naming convention (same folder, or the sibling {scl_resolution} folder of a biophysical product) unless given; it is put onto the input's grid by nearest neighbour, never interpolated, and SCL 0 (no data) is a class like the others although the files do not declare it.

For {pv} the status map …_{sm}.tif of the same product, beside it; its classes read as SCL classes: {reading}. So the default classes mask every {pv} pixel that is not clear; add 6 to mask the sea too, and switch on the advanced radiometric-quality option to mask pixels whose status map flags a band the values depend on. Distances in metres on {pv}'s plate carrée grids count {metres:g} m per degree.</source>
        <translation>Couche de qualité : pour {s2}, la classification de scène (SCL) …_{scl}_{scl_resolution}_… du même produit, trouvée à côté de l'entrée par la convention de nommage (même dossier, ou le dossier frère {scl_resolution} d'un produit biophysique) sauf si elle est donnée ; elle est placée sur la grille de l'entrée au plus proche voisin, jamais interpolée, et la classe SCL 0 (pas de données) est une classe comme les autres bien que les fichiers ne la déclarent pas.

Pour {pv}, la carte d'état …_{sm}.tif du même produit, à côté de lui ; ses classes sont lues comme des classes SCL : {reading}. Les classes par défaut masquent donc tout pixel {pv} qui n'est pas clair ; ajoutez 6 pour masquer aussi la mer, et activez l'option avancée de qualité radiométrique pour masquer les pixels dont la carte d'état signale une bande dont dépendent les valeurs. Les distances en mètres sur les grilles plate carrée de {pv} comptent {metres:g} m par degré.</translation>
    </message>
    <message>
        <location filename="../algorithms/help_texts.py" line="88"/>
        <source>Outputs are tiled, compressed GeoTIFFs on the input grid, written to temporary files and put in place only when the whole run succeeds: a failure or a cancel leaves nothing behind.</source>
        <translation>Les sorties sont des GeoTIFF tuilés et compressés sur la grille de l'entrée, écrits dans des fichiers temporaires et mis en place seulement si toute l'exécution réussit : un échec ou une annulation ne laisse rien derrière lui.</translation>
    </message>
</context>
<context>
    <name>HistogramAlgorithm</name>
    <message>
        <location filename="../algorithms/histogram.py" line="38"/>
        <source>Histogram of a series</source>
        <translation>Histogramme d'une série</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="41"/>
        <source>terrascope,sentinel-2,histogram,distribution,frequency,time series,ndvi,cloud mask,scl</source>
        <translation>terrascope,sentinel-2,histogramme,distribution,fréquence,série temporelle,ndvi,masque de nuages,scl</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="69"/>
        <source>Number of bins</source>
        <translation>Nombre de classes</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="75"/>
        <source>Minimum (lower edge of the first bin)</source>
        <translation>Minimum (borne inférieure de la première classe)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="75"/>
        <source>Maximum (upper edge of the last bin)</source>
        <translation>Maximum (borne supérieure de la dernière classe)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="88"/>
        <source>Histogram</source>
        <translation>Histogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="90"/>
        <source>A table without geometry: one row per bin with bin_min, bin_max and count.</source>
        <translation>Une table sans géométrie : une ligne par classe avec bin_min, bin_max et count.</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="93"/>
        <source>Histogram plot</source>
        <translation>Graphique de l'histogramme</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="93"/>
        <source>Optional bar chart of the histogram: a .png image (needs matplotlib) or an .html page with an inline SVG chart. A .png asked for without matplotlib is written as .html beside it.</source>
        <translation>Diagramme en barres facultatif de l'histogramme : une image .png (nécessite matplotlib) ou une page .html avec un graphique SVG intégré. Un .png demandé sans matplotlib est écrit en .html à côté.</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="116"/>
        <source>Range {} to {} in {} bins: {} values counted</source>
        <translation>Plage de {} à {} en {} classes : {} valeurs comptées</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="119"/>
        <source>{} valid values fell outside the range and are in no bin: {} below {} and {} above {}</source>
        <translation>{} valeurs valides sont hors de la plage et dans aucune classe : {} sous {} et {} au-dessus de {}</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="145"/>
        <source>{} histogram of {} input(s)</source>
        <translation>Histogramme {} de {} entrée(s)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="146"/>
        <source> (digital numbers)</source>
        <translation> (valeurs numériques)</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="72"/>
        <source>How many equal bins divide the range from &apos;Minimum&apos; to &apos;Maximum&apos;.</source>
        <translation>Combien de classes égales divisent la plage de « Minimum » à « Maximum ».</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="75"/>
        <source>Empty: the content&apos;s physical range (&apos;Scale to physical values&apos; ticked) or valid DN range (unticked).</source>
        <translation>Vide : la plage physique du contenu (« Convertir en valeurs physiques » coché) ou la plage valide des valeurs numériques (décoché).</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="138"/>
        <source>{series} histogram</source>
        <translation>Histogramme {series}</translation>
    </message>
    <message>
        <location filename="../algorithms/histogram.py" line="45"/>
        <source>Counts the values of every given Terrascope product of one content in equal bins and sums the counts over all of them — the histogram of a whole time series or of several images at once.

The products may lie on different grids (several tiles, UTM zones or resolutions): each is counted on its own grid, so a place seen by two overlapping tiles counts in both.

Only valid values count: the nodata DN and DNs outside the valid range are left out, and so are pixels whose scene classification (SCL, found beside each input) is one of the chosen classes (advanced: grown around clouds and shadows, or buffered as openEO's two-kernel mask does).

Range: from 'Minimum' to 'Maximum' in 'Number of bins' equal bins. Left empty, they default to the content's physical range (NDVI −0.08 to 0.92, FAPAR and FCOVER 0 to 1, LAI 0 to 10, TOC reflectance 0 to 1) with 'Scale to physical values' ticked, or to the valid range of the digital numbers without (NDVI and LAI 0 to 250, FAPAR and FCOVER 0 to 200, TOC 0 to 10000). Every bin holds its lower edge; the last bin holds its upper edge too. Values outside the range are in no bin: how many fell below and above it is written to the log.

Output: a table without geometry, one row per bin, with the fields bin_min, bin_max and count. Histogram plot (optional): a bar chart, as a PNG image when matplotlib is available (it ships with QGIS on most systems) or as an HTML page with an SVG chart (no extra library).</source>
        <translation>Compte les valeurs de chaque produit Terrascope donné, d'un même contenu, dans des classes égales et additionne les comptes sur l'ensemble — l'histogramme d'une série temporelle entière ou de plusieurs images à la fois.

Les produits peuvent se trouver sur des grilles différentes (plusieurs tuiles, zones UTM ou résolutions) : chacun est compté sur sa propre grille, si bien qu'un lieu vu par deux tuiles qui se chevauchent compte dans les deux.

Seules les valeurs valides comptent : la valeur numérique nodata et les valeurs numériques hors de la plage valide sont écartées, ainsi que les pixels dont la classification de scène (SCL, trouvée à côté de chaque entrée) est l'une des classes choisies (avancé : étendue autour des nuages et des ombres, ou tamponnée comme le fait le masque à deux noyaux d'openEO).

Plage : de « Minimum » à « Maximum » en « Nombre de classes » classes égales. Laissés vides, ils valent la plage physique du contenu (NDVI −0,08 à 0,92, FAPAR et FCOVER 0 à 1, LAI 0 à 10, réflectance TOC 0 à 1) avec « Convertir en valeurs physiques » coché, sinon la plage valide des valeurs numériques (NDVI et LAI 0 à 250, FAPAR et FCOVER 0 à 200, TOC 0 à 10000). Chaque classe contient sa borne inférieure ; la dernière contient aussi sa borne supérieure. Les valeurs hors de la plage ne sont dans aucune classe : le journal indique combien sont tombées en dessous et au-dessus.

Sortie : une table sans géométrie, une ligne par classe, avec les champs bin_min, bin_max et count. Graphique de l'histogramme (facultatif) : un diagramme en barres, en image PNG si matplotlib est disponible (il est livré avec QGIS sur la plupart des systèmes) ou en page HTML avec un graphique SVG (sans bibliothèque supplémentaire).</translation>
    </message>
</context>
<context>
    <name>MaskBySclAlgorithm</name>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="43"/>
        <source>Mask by scene classification</source>
        <translation>Masquer par la classification de scène</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="74"/>
        <source>Terrascope raster</source>
        <translation>Raster Terrascope</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="80"/>
        <source>Scene classification (SCL)</source>
        <translation>Classification de scène (SCL)</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="88"/>
        <source>Masked raster</source>
        <translation>Raster masqué</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="89"/>
        <source>The input with masked pixels set to its nodata value; same data type.</source>
        <translation>L'entrée avec les pixels masqués mis à sa valeur nodata ; même type de données.</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="96"/>
        <source>No input raster was given</source>
        <translation>Aucun raster en entrée n'a été donné</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="106"/>
        <source>Scene classification: {}</source>
        <translation>Classification de scène : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="110"/>
        <source>{} declares no nodata value: masked pixels were set to {}, the product table&apos;s nodata DN for {}, which the output declares.</source>
        <translation>{} ne déclare aucune valeur nodata : les pixels masqués ont reçu {}, la valeur numérique nodata de la table des produits pour {}, que la sortie déclare.</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="114"/>
        <source>Masked pixels set to the nodata value {}</source>
        <translation>Pixels masqués mis à la valeur nodata {}</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="115"/>
        <source>{} pixels masked</source>
        <translation>{} pixels masqués</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="116"/>
        <source>{input} masked</source>
        <translation>{input} masqué</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="46"/>
        <source>terrascope,sentinel-2,proba-v,scl,scene classification,status map,cloud,shadow,mask,dilation,buffer,nodata</source>
        <translation>terrascope,sentinel-2,proba-v,scl,classification de scène,carte d'état,nuage,ombre,masque,dilatation,tampon,nodata</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="50"/>
        <source>Sets to nodata the pixels of a Terrascope raster that its scene classification (SCL) marks as clouds, shadows or other unwanted classes. Everything else is copied unchanged: the output has the input&apos;s data type, bands, grid and scale tags.

{quality_layer}

File names follow {pattern}.

Scene classification classes to mask: the SCL values whose pixels are masked. Default: {defaults}. Choose none to copy the input unmasked.

Grow clouds and shadows by (m): a distance by which the masked cloud and shadow classes grow: every pixel whose centre lies within that distance (rounded to whole pixels of the input) of a pixel of a chosen class among {dilatable} is masked too. Snow, no data and saturated pixels are not grown. The advanced &apos;SCL mask method&apos; offers openEO&apos;s two-kernel buffer instead.

Masked raster: masked pixels get the input&apos;s nodata value; where the input declares none, the product table&apos;s nodata DN for its content ({nodata}) is used and declared on the output (the log says so). {atomic}</source>
        <translation>Met à nodata les pixels d'un raster Terrascope que sa classification de scène (SCL) marque comme nuages, ombres ou autres classes indésirables. Tout le reste est copié tel quel : la sortie a le type de données, les bandes, la grille et les étiquettes d'échelle de l'entrée.

{quality_layer}

Les noms de fichiers suivent {pattern}.

Classes de classification de scène à masquer : les valeurs SCL dont les pixels sont masqués. Par défaut : {defaults}. N'en choisissez aucune pour copier l'entrée sans masque.

Étendre nuages et ombres de (m) : une distance dont s'étendent les classes de nuages et d'ombres masquées : chaque pixel dont le centre est à cette distance au plus (arrondie en pixels entiers de l'entrée) d'un pixel d'une classe choisie parmi {dilatable} est masqué aussi. La neige, l'absence de données et les pixels saturés ne sont pas étendus. La « Méthode de masque SCL » avancée propose à la place le tampon à deux noyaux d'openEO.

Raster masqué : les pixels masqués prennent la valeur nodata de l'entrée ; si l'entrée n'en déclare aucune, la valeur numérique nodata de la table des produits pour son contenu ({nodata}) est utilisée et déclarée sur la sortie (le journal l'indique). {atomic}</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="75"/>
        <source>A Terrascope GeoTIFF (e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, a TOC band, or PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif). It is never modified.</source>
        <translation>Un GeoTIFF Terrascope (p. ex. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, une bande TOC, ou PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif). Il n'est jamais modifié.</translation>
    </message>
    <message>
        <location filename="../algorithms/maskbyscl.py" line="81"/>
        <source>The product's …_SCENECLASSIFICATION_20M_….tif (PROBA-V: its status map …_SM.tif). Leave empty to use the one found beside the input by the naming convention.</source>
        <translation>Le fichier …_SCENECLASSIFICATION_20M_….tif du produit (PROBA-V : sa carte d'état …_SM.tif). Laissez vide pour utiliser celui trouvé à côté de l'entrée par la convention de nommage.</translation>
    </message>
</context>
<context>
    <name>MeanCompositeAlgorithm</name>
    <message>
        <location filename="../algorithms/meancomposite.py" line="89"/>
        <source>Mean composite</source>
        <translation>Composite moyen</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="41"/>
        <source>terrascope,sentinel-2,composite,mean,average,cloud free,time series,scl,cloud mask,dilation,buffer,ndvi,count</source>
        <translation>terrascope,sentinel-2,composite,moyenne,sans nuages,série temporelle,scl,masque de nuages,dilatation,tampon,ndvi,nombre</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="95"/>
        <source>Number of valid observations</source>
        <translation>Nombre d'observations valides</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="97"/>
        <source>Optional UInt16 GeoTIFF: how many dates had a valid, unmasked observation of each pixel (0 = none).</source>
        <translation>GeoTIFF UInt16 facultatif : combien de dates avaient une observation valide et non masquée de chaque pixel (0 = aucune).</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="114"/>
        <source>Mean of {} dates written to {}</source>
        <translation>Moyenne de {} dates écrite dans {}</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="90"/>
        <source>Float32 GeoTIFF: the mean of the valid observations per pixel (physical values with &apos;Scale to physical values&apos; ticked, DNs without); NaN where there is none.</source>
        <translation>GeoTIFF Float32 : la moyenne des observations valides par pixel (valeurs physiques avec « Convertir en valeurs physiques » coché, valeurs numériques sinon) ; NaN là où il n'y en a aucune.</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="116"/>
        <source>One band per period: {}</source>
        <translation>Une bande par période : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="117"/>
        <source>{series} mean composite</source>
        <translation>Composite moyen {series}</translation>
    </message>
    <message>
        <location filename="../algorithms/meancomposite.py" line="120"/>
        <source>{series} valid observation count</source>
        <translation>Nombre d'observations valides {series}</translation>
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
        <translation>La moyenne sans nuages d'une série temporelle : pour chaque pixel, la moyenne de ses observations valides sur les dates en entrée, et au choix leur nombre.

Entrées : des GeoTIFF Terrascope d'un même contenu (p. ex. tous les NDVI_10M d'une tuile sur une saison) sur une même grille. Les entrées d'un autre contenu, SCR ou grille sont refusées avec les noms des fichiers en cause (« Rechercher des produits » liste les fichiers qui conviennent), sauf si une grille cible est définie.

Toute zone (avancé « Emprise cible », « SCR cible », « Résolution cible ») : définissez l'un d'eux et les entrées peuvent venir de plusieurs tuiles et zones UTM. Chaque entrée est masquée sur sa propre grille, puis placée sur la grille cible au plus proche voisin ; une acquisition (mission et heure) vue dans deux tuiles qui se chevauchent est une seule observation : là où les deux sont valides la tuile première dans l'ordre des noms de fichiers l'emporte, et le nombre d'observations valides la compte une fois. Une cible dans le SCR et la résolution propres des entrées tombe exactement sur leurs pixels et y donne exactement le résultat d'une seule tuile.

Observations valides, par date :
• la valeur numérique n'est pas la valeur nodata et se trouve dans la plage valide (p. ex. NDVI 0–250 : le nodata 255 et 251–254 sont écartés) ;
• la classification de scène (SCL) du pixel n'est pas l'une des « Classes de classification de scène à masquer ». La SCL est le fichier …_SCENECLASSIFICATION_20M_… à côté de chaque entrée (dans le même dossier, ou dans le dossier frère 20M d'un produit biophysique), placé sur la grille de l'entrée au plus proche voisin (la SCL à 20 m sur les entrées à 10 m). La classe SCL 0 (pas de données) est une classe comme les autres bien que les fichiers ne la déclarent pas. Classes par défaut : {defaults}. N'en choisissez aucune pour moyenner toutes les valeurs numériques valides sans SCL ;
• avec « Étendre nuages et ombres de (m) » réglé à d mètres, les pixels à d mètres au plus (arrondis en pixels entiers, de centre à centre : un disque) d'un pixel d'une classe de nuage ou d'ombre choisie ({dilatable}) sont aussi écartés. La neige, l'absence de données et les pixels saturés ne sont jamais étendus. La « Méthode de masque SCL » avancée propose à la place le tampon à deux noyaux d'openEO (voir son aide).

Valeurs : avec « Convertir en valeurs physiques » coché (par défaut), la moyenne des valeurs physiques, valeur = échelle × valeur numérique + décalage selon la table des produits (p. ex. NDVI = VN/250 − 0,08) ; décoché, la moyenne des valeurs numériques. Dans les deux cas la sortie est en Float32 avec NaN comme nodata là où un pixel n'a aucune observation valide.

Nombre d'observations valides (facultatif) : UInt16, combien d'observations valides chaque pixel a eues ; 0 signifie aucune (aucune valeur nodata n'est déclarée).

Avancé « Une bande par période » : un composite par année, saison, mois ou décade en une seule exécution, une bande par période ayant au moins une date, dans l'ordre chronologique, décrite par sa période (2020-06, 2020 JJA, 2020-06 d2) ; de même pour le nombre d'observations valides.

Mémoire et sûreté : le calcul avance fenêtre par fenêtre sur les dates, sur tous les cœurs, si bien que la mémoire ne croît ni avec le nombre de dates ni avec la taille du raster. Les sorties sont des GeoTIFF tuilés et compressés sur la grille des entrées (ou la grille cible), écrits dans des fichiers temporaires et mis en place seulement une fois complets : un échec ou une annulation ne laisse aucune sortie partielle et ne remplace jamais un fichier existant.</translation>
    </message>
</context>
<context>
    <name>Network</name>
    <message>
        <location filename="../algorithms/network.py" line="75"/>
        <source>The authentication configuration {} cannot be used (is it there, and the master password given?)</source>
        <translation>La configuration d'authentification {} ne peut pas être utilisée (existe-t-elle, et le mot de passe principal a-t-il été donné ?)</translation>
    </message>
    <message>
        <location filename="../algorithms/network.py" line="108"/>
        <source>The inputs come from several servers that need authentication ({}): run them separately.</source>
        <translation>Les entrées viennent de plusieurs serveurs qui demandent une authentification ({}) : traitez-les séparément.</translation>
    </message>
</context>
<context>
    <name>ParseProductAlgorithm</name>
    <message>
        <location filename="../algorithms/parseproduct.py" line="37"/>
        <source>Parse product name and metadata</source>
        <translation>Analyser le nom et les métadonnées d'un produit</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="68"/>
        <source>Terrascope product file (.tif or .xml)</source>
        <translation>Fichier de produit Terrascope (.tif ou .xml)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="68"/>
        <source>Terrascope products (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;All files (*)</source>
        <translation>Produits Terrascope (*.tif *.tiff *.xml *.TIF *.TIFF *.XML);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="79"/>
        <source>Mission</source>
        <translation>Mission</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="80"/>
        <source>Acquisition (UTC, ISO 8601)</source>
        <translation>Acquisition (UTC, ISO 8601)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="81"/>
        <source>MGRS tile</source>
        <translation>Tuile MGRS</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="82"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="83"/>
        <source>Resolution</source>
        <translation>Résolution</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="84"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="85"/>
        <source>Scale of the digital numbers</source>
        <translation>Échelle des valeurs numériques</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="86"/>
        <source>Offset of the digital numbers</source>
        <translation>Décalage des valeurs numériques</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="87"/>
        <source>Nodata digital number</source>
        <translation>Valeur numérique nodata</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="88"/>
        <source>Cloud cover (%)</source>
        <translation>Couverture nuageuse (%)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="89"/>
        <source>Footprint (WKT, EPSG:4326)</source>
        <translation>Empreinte (WKT, EPSG:4326)</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="94"/>
        <source>No input file was given</source>
        <translation>Aucun fichier en entrée n'a été donné</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="96"/>
        <source>{}: is a folder; give one of its .tif files or its .xml sidecar</source>
        <translation>{} : est un dossier ; donnez l'un de ses fichiers .tif ou son fichier XML d'accompagnement</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="99"/>
        <source>{}: no such file</source>
        <translation>{} : fichier introuvable</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="40"/>
        <source>terrascope,sentinel-2,proba-v,name,metadata,scale,offset,nodata,cloud cover,footprint</source>
        <translation>terrascope,sentinel-2,proba-v,nom,métadonnées,échelle,décalage,nodata,couverture nuageuse,empreinte</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="44"/>
        <source>Reads what a Terrascope Sentinel-2 or PROBA-V file says about itself: its name, its GeoTIFF header and its XML sidecar.

Input: a product GeoTIFF (e.g. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) or its XML sidecar (e.g. S2A_20230220T074941_38SKG_TOC_V210.xml). The name must follow the pattern {pattern}.

Outputs from the name: MISSION (S2A, S2B, S2C), ACQUISITION (the UTC sensing start as ISO 8601, e.g. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (e.g. TOC-B04, NDVI, SCENECLASSIFICATION), RESOLUTION (10M, 20M, 60M; empty when the name has none, as on quicklooks and TOC XML files) and VERSION (digits, e.g. 210).

PROBA-V names (e.g. PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif): MISSION PROBAV, TILE the plate carrée tile (X18Y02), ACQUISITION the synthesis date at 00:00:00Z, CONTENT the layer (NDVI, RADIOMETRY, SM for the status map, TIME, GEOMETRY), RESOLUTION 1KM, 333M or 100M.

SCALE and OFFSET turn digital numbers into physical values (value = SCALE × DN + OFFSET), from the Terrascope product table. NODATA is the digital number that marks missing data: the one the GeoTIFF declares, else the table's. They are empty for the quality layers (the scene classification and the PROBA-V status map: class codes are never scaled), quicklooks and contents without a published scale (unless the GeoTIFF declares its own).

CLOUD_COVER (%) and FOOTPRINT (WKT polygon in EPSG:4326, from the bounding box) come from the XML sidecar when there is one beside the GeoTIFF (or when the input is the XML itself); they are empty otherwise.</source>
        <translation>Lit ce qu'un fichier Terrascope Sentinel-2 ou PROBA-V dit de lui-même : son nom, son en-tête GeoTIFF et son fichier XML d'accompagnement.

Entrée : un GeoTIFF de produit (p. ex. S2A_20230220T074941_38SKG_TOC-B8A_20M_V210.tif) ou son fichier XML d'accompagnement (p. ex. S2A_20230220T074941_38SKG_TOC_V210.xml). Le nom doit suivre le modèle {pattern}.

Sorties tirées du nom : MISSION (S2A, S2B, S2C), ACQUISITION (le début de prise de vue en UTC, au format ISO 8601, p. ex. 2023-02-20T07:49:41Z), TILE (MGRS), CONTENT (p. ex. TOC-B04, NDVI, SCENECLASSIFICATION), RESOLUTION (10M, 20M, 60M ; vide si le nom n'en a pas, comme pour les aperçus et les fichiers XML TOC) et VERSION (chiffres, p. ex. 210).

Noms PROBA-V (p. ex. PROBAV_S1_TOC_X18Y02_20170420_333M_V101_NDVI.tif) : MISSION PROBAV, TILE la tuile plate carrée (X18Y02), ACQUISITION la date de synthèse à 00:00:00Z, CONTENT la couche (NDVI, RADIOMETRY, SM pour la carte d'état, TIME, GEOMETRY), RESOLUTION 1KM, 333M ou 100M.

SCALE et OFFSET convertissent les valeurs numériques en valeurs physiques (valeur = SCALE × VN + OFFSET), selon la table des produits Terrascope. NODATA est la valeur numérique qui marque l'absence de données : celle que déclare le GeoTIFF, sinon celle de la table. Ils sont vides pour les couches de qualité (la classification de scène et la carte d'état PROBA-V : les codes de classe ne sont jamais convertis), les aperçus et les contenus sans échelle publiée (sauf si le GeoTIFF déclare la sienne).

CLOUD_COVER (%) et FOOTPRINT (polygone WKT en EPSG:4326, tiré du rectangle englobant) viennent du fichier XML d'accompagnement s'il y en a un à côté du GeoTIFF (ou si l'entrée est le XML lui-même) ; sinon ils sont vides.</translation>
    </message>
    <message>
        <location filename="../algorithms/parseproduct.py" line="74"/>
        <source>A Terrascope Sentinel-2 or PROBA-V GeoTIFF, or a Sentinel-2 XML sidecar, whose name follows {pattern}</source>
        <translation>Un GeoTIFF Terrascope Sentinel-2 ou PROBA-V, ou un fichier XML d'accompagnement Sentinel-2, dont le nom suit {pattern}</translation>
    </message>
</context>
<context>
    <name>Plots</name>
    <message>
        <location filename="../algorithms/plots.py" line="25"/>
        <source>PNG image (*.png);;HTML page with an SVG chart (*.html)</source>
        <translation>Image PNG (*.png);;Page HTML avec un graphique SVG (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/plots.py" line="27"/>
        <source>HTML page with an SVG chart (*.html)</source>
        <translation>Page HTML avec un graphique SVG (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/plots.py" line="50"/>
        <source>matplotlib is not available: the plot is written as an HTML page with an SVG chart: {}</source>
        <translation>matplotlib n'est pas disponible : le graphique est écrit en page HTML avec un graphique SVG : {}</translation>
    </message>
</context>
<context>
    <name>ScaleToPhysicalAlgorithm</name>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="47"/>
        <source>Scale to physical values</source>
        <translation>Convertir en valeurs physiques</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="50"/>
        <source>terrascope,sentinel-2,scale,offset,digital number,DN,reflectance,NDVI,LAI,FAPAR,FCOVER,physical</source>
        <translation>terrascope,sentinel-2,échelle,décalage,valeur numérique,VN,réflectance,NDVI,LAI,FAPAR,FCOVER,physique</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="77"/>
        <source>Terrascope raster</source>
        <translation>Raster Terrascope</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="83"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="83"/>
        <source>From the file name</source>
        <translation>D'après le nom du fichier</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="86"/>
        <source>What the DNs are. &apos;From the file name&apos; reads it from a Terrascope name such as S2A_20190307T105021_31UFS_NDVI_10M_V200.tif; choose it explicitly for a file with another name.</source>
        <translation>Ce que représentent les valeurs numériques. « D'après le nom du fichier » le lit dans un nom Terrascope tel que S2A_20190307T105021_31UFS_NDVI_10M_V200.tif ; choisissez-le explicitement pour un fichier portant un autre nom.</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Multiplies the DN. Required for CCC and CWC when the file declares no scale; otherwise leave empty to use the product table (a value given here overrides it).</source>
        <translation>Multiplie la valeur numérique. Nécessaire pour CCC et CWC quand le fichier ne déclare pas d'échelle ; sinon laissez vide pour utiliser la table des produits (une valeur donnée ici la remplace).</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Offset</source>
        <translation>Décalage</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="92"/>
        <source>Added after scaling. Leave empty to use the product table or the file&apos;s tags (0 when neither gives one); a value given here overrides them.</source>
        <translation>Ajouté après la mise à l'échelle. Laissez vide pour utiliser la table des produits ou les étiquettes du fichier (0 si aucune n'en donne) ; une valeur donnée ici les remplace.</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="106"/>
        <source>Physical values</source>
        <translation>Valeurs physiques</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="107"/>
        <source>Float32 GeoTIFF of the physical values, NaN where the DN was not valid.</source>
        <translation>GeoTIFF Float32 des valeurs physiques, NaN là où la valeur numérique n'était pas valide.</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="125"/>
        <source>DN {} (nodata)</source>
        <translation>VN {} (nodata)</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="127"/>
        <source>DNs outside {}–{}</source>
        <translation>VN hors de {}–{}</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="129"/>
        <source>{} band {}: value = {}; NaN for {}</source>
        <translation>{} bande {} : valeur = {} ; NaN pour {}</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="129"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="129"/>
        <source>no DN</source>
        <translation>aucune VN</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="145"/>
        <source>{} must be a finite number</source>
        <translation>{} doit être un nombre fini</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="134"/>
        <source>{input} physical values</source>
        <translation>{input} en valeurs physiques</translation>
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
        <translation>Convertit les valeurs numériques (VN) d'un raster Terrascope Sentinel-2 ou PROBA-V en valeurs physiques :

valeur = échelle × VN + décalage

L'échelle et le décalage viennent de la table des produits Terrascope :
{table}

La VN nodata (celle que déclare le fichier, sinon celle de la table : RAA en V220 est en uint16 avec le nodata 65535) et les VN hors de la plage valide (p. ex. 251–254 pour NDVI et LAI, 201–254 pour FAPAR et FCOVER) deviennent NaN, le nodata de la sortie. Chaque bande d'un raster multibande est convertie.

Le contenu est lu dans le nom de fichier Terrascope (p. ex. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, PROBAV_S1_TOC_X18Y02_20170420_333M_V101_RADIOMETRY.tif) sauf s'il est choisi dans « Contenu », ce qui est nécessaire pour les fichiers renommés. Contenus sans échelle publiée (CCC, CWC, TIME et GEOMETRY de PROBA-V) : les étiquettes d'échelle et de décalage du fichier sont utilisées, sinon donnez « Échelle » et « Décalage » (paramètres avancés), qui remplacent aussi la table. Les couches de qualité (la classification de scène, la carte d'état PROBA-V : codes de classe) et les aperçus (prévisualisations RVB) sont refusés, de même qu'un fichier de valeurs à virgule flottante là où le produit a des VN entières (p. ex. un NDVI déjà converti) : le convertir à nouveau serait faux. Donner « Échelle » ou « Décalage » prend ses valeurs telles quelles.

La sortie est en Float32. {atomic}</translation>
    </message>
    <message>
        <location filename="../algorithms/scaletophysical.py" line="78"/>
        <source>A Terrascope GeoTIFF of digital numbers, e.g. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, a TOC band or a PROBA-V NDVI or RADIOMETRY file. It is never modified.</source>
        <translation>Un GeoTIFF Terrascope de valeurs numériques, p. ex. S2A_20190307T105021_31UFS_NDVI_10M_V200.tif, une bande TOC ou un fichier NDVI ou RADIOMETRY de PROBA-V. Il n'est jamais modifié.</translation>
    </message>
</context>
<context>
    <name>SearchAndCompositeModel</name>
    <message>
        <location filename="../algorithms/searchandcomposite.py" line="18"/>
        <source>Search the catalogue and mean composite (model)</source>
        <translation>Rechercher dans le catalogue et composite moyen (modèle)</translation>
    </message>
    <message>
        <location filename="../algorithms/searchandcomposite.py" line="22"/>
        <source>terrascope,sentinel-2,model,stac,catalogue,search,composite,mean,workflow</source>
        <translation>terrascope,sentinel-2,modèle,stac,catalogue,recherche,composite,moyenne,chaîne de traitement</translation>
    </message>
</context>
<context>
    <name>SearchCatalogueAlgorithm</name>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="29"/>
        <source>Search the Terrascope catalogue</source>
        <translation>Rechercher dans le catalogue Terrascope</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="32"/>
        <source>terrascope,sentinel-2,stac,catalogue,search,find,download,cog,footprint,time series</source>
        <translation>terrascope,sentinel-2,stac,catalogue,recherche,rechercher,téléchargement,cog,empreinte,série temporelle</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="35"/>
        <source>Searches a collection of the Terrascope STAC catalogue (https://stac.terrascope.be) with the filters of 'Find products', and gives the same outputs: the footprints of the products found and the list of their files (Layers), ready for the composites, temporal statistics or histogram.

Collection: e.g. terrascope-s2-ndvi-v2, terrascope-s2-toc-v2, terrascope-s2-fapar-v2. Content picks the files of each product (NDVI, TOC-B04, …); empty: every product raster except quicklooks and masks, which for a biophysical collection is its own content. Tiles and cloud cover come from the catalogue's items, the footprints from their geometries; of several versions of one acquisition only the highest is kept.

Files: on the Terrascope platform (where the archive is mounted) the local files are used ('Use local files where they exist'); elsewhere the files are read over the network (GDAL /vsicurl/ URLs), and the scene classification of each product is the one its catalogue item names. Reading Terrascope files over the network needs a Terrascope account: choose an authentication configuration (e.g. OAuth2 with your account, or Basic) under Authentication; the algorithms that then read these files in the same QGIS session use it, for those reads only.

Errors (unreachable catalogue, refused access, unknown collection, an unreadable answer) stop the run with a message; finding nothing is a warning.</source>
        <translation>Interroge une collection du catalogue STAC de Terrascope (https://stac.terrascope.be) avec les filtres de « Rechercher des produits », et donne les mêmes sorties : les empreintes des produits trouvés et la liste de leurs fichiers (Fichiers des produits), prêts pour les composites, les statistiques temporelles ou l'histogramme.

Collection : p. ex. terrascope-s2-ndvi-v2, terrascope-s2-toc-v2, terrascope-s2-fapar-v2. Le contenu choisit les fichiers de chaque produit (NDVI, TOC-B04, …) ; vide : tous les rasters de produit sauf les aperçus et les masques, soit pour une collection biophysique son propre contenu. Les tuiles et la couverture nuageuse viennent des éléments du catalogue, les empreintes de leurs géométries ; de plusieurs versions d'une acquisition seule la plus élevée est gardée.

Fichiers : sur la plateforme Terrascope (où l'archive est montée) les fichiers locaux sont utilisés (« Utiliser les fichiers locaux s'ils existent ») ; ailleurs les fichiers sont lus par le réseau (URL /vsicurl/ de GDAL), et la classification de scène de chaque produit est celle que nomme son élément du catalogue. Lire des fichiers Terrascope par le réseau demande un compte Terrascope : choisissez une configuration d'authentification (p. ex. OAuth2 avec votre compte, ou Basic) sous Authentification ; les algorithmes qui lisent ensuite ces fichiers dans la même session QGIS l'utilisent, pour ces lectures seulement.

Les erreurs (catalogue injoignable, accès refusé, collection inconnue, réponse illisible) arrêtent l'exécution avec un message ; ne rien trouver donne un avertissement.</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="56"/>
        <source>Catalogue URL</source>
        <translation>URL du catalogue</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="56"/>
        <source>The STAC API of the catalogue (its /search is used).</source>
        <translation>L'API STAC du catalogue (son /search est utilisé).</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="58"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="58"/>
        <source>The collection to search, e.g. terrascope-s2-ndvi-v2 or terrascope-s2-toc-v2.</source>
        <translation>La collection à interroger, p. ex. terrascope-s2-ndvi-v2 ou terrascope-s2-toc-v2.</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="63"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="63"/>
        <source>A QGIS authentication configuration for your Terrascope account, used for the catalogue and for reading its files over the network.</source>
        <translation>Une configuration d'authentification QGIS pour votre compte Terrascope, utilisée pour le catalogue et pour lire ses fichiers par le réseau.</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="66"/>
        <source>Use local files where they exist</source>
        <translation>Utiliser les fichiers locaux s'ils existent</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="66"/>
        <source>On the Terrascope platform the catalogue&apos;s files are also mounted locally: use those paths where they exist (ticked), or always read over the network (unticked).</source>
        <translation>Sur la plateforme Terrascope les fichiers du catalogue sont aussi montés localement : utiliser ces chemins s'ils existent (coché), ou toujours lire par le réseau (décoché).</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="85"/>
        <source>Searching {} in {}</source>
        <translation>Recherche de {} dans {}</translation>
    </message>
    <message>
        <location filename="../algorithms/searchcatalogue.py" line="93"/>
        <source>{} items, {} Terrascope files, {} older or duplicate versions set aside: {} products found.</source>
        <translation>{} éléments, {} fichiers Terrascope, {} versions plus anciennes ou en double écartées : {} produits trouvés.</translation>
    </message>
</context>
<context>
    <name>SeriesParameters</name>
    <message>
        <location filename="../algorithms/series_parameters.py" line="88"/>
        <source>Input rasters (one content, one grid)</source>
        <translation>Rasters en entrée (un contenu, une grille)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="115"/>
        <source>Scale to physical values</source>
        <translation>Convertir en valeurs physiques</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="116"/>
        <source>On (default): work on physical values, value = scale × DN + offset from the Terrascope product table (e.g. NDVI = DN / 250 − 0.08). Off: work on the digital numbers as delivered. Either way the nodata DN and DNs outside the valid range are left out.</source>
        <translation>Coché (par défaut) : travailler sur les valeurs physiques, valeur = échelle × VN + décalage selon la table des produits Terrascope (p. ex. NDVI = VN / 250 − 0,08). Décoché : travailler sur les valeurs numériques telles que livrées. Dans les deux cas la VN nodata et les VN hors de la plage valide sont écartées.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="102"/>
        <source>Band of multi-band inputs</source>
        <translation>Bande des entrées multibandes</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="106"/>
        <source>The band to use, counted from 1, when the inputs have several (PROBA-V RADIOMETRY: {bands}). Empty: the inputs must have one band; multi-band inputs are refused with their band names.</source>
        <translation>La bande à utiliser, comptée à partir de 1, quand les entrées en ont plusieurs (PROBA-V RADIOMETRY : {bands}). Vide : les entrées doivent avoir une seule bande ; les entrées multibandes sont refusées avec les noms de leurs bandes.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="126"/>
        <source>Scene classification classes to mask</source>
        <translation>Classes de classification de scène à masquer</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="129"/>
        <source>Pixels whose scene classification (SCL) is one of these classes are masked (left out, or set to nodata). The SCL of each input is found beside it by the naming convention unless given (the 20 m SCL is used on 10 m inputs, nearest neighbour). Default: 0 no data, 1 saturated or defective, 3 cloud shadows, 8 and 9 cloud medium and high probability, 10 thin cirrus, 11 snow — the set openEO's Terrascope examples use. Choose none to use every valid pixel without an SCL.
PROBA-V: the status map (…_SM.tif) beside each product plays the part of the SCL, its classes read as SCL classes: {reading}. The default thus masks every pixel that is not clear; add 6 to mask the sea too.</source>
        <translation>Les pixels dont la classification de scène (SCL) est l'une de ces classes sont masqués (écartés, ou mis à nodata). La SCL de chaque entrée est trouvée à côté d'elle par la convention de nommage sauf si elle est donnée (la SCL à 20 m est utilisée sur les entrées à 10 m, au plus proche voisin). Par défaut : 0 pas de données, 1 saturé ou défectueux, 3 ombres de nuages, 8 et 9 nuages de probabilité moyenne et élevée, 10 cirrus fins, 11 neige — l'ensemble qu'utilisent les exemples Terrascope d'openEO. N'en choisissez aucune pour utiliser tous les pixels valides sans SCL.
PROBA-V : la carte d'état (…_SM.tif) à côté de chaque produit joue le rôle de la SCL, ses classes lues comme des classes SCL : {reading}. Le défaut masque donc tout pixel qui n'est pas clair ; ajoutez 6 pour masquer aussi la mer.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="152"/>
        <source>Grow clouds and shadows by (m)</source>
        <translation>Étendre nuages et ombres de (m)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="155"/>
        <source>Distance in metres by which the masked cloud and shadow pixels grow: every pixel whose centre lies within this distance of a pixel of a chosen class among {classes} (cloud shadows, cloud medium and high probability, thin cirrus) is masked too; snow, no data and saturated pixels are not grown. Rounded to whole pixels of the input grid. 0 = no growth.</source>
        <translation>Distance en mètres dont s'étendent les pixels de nuages et d'ombres masqués : chaque pixel dont le centre est à cette distance au plus d'un pixel d'une classe choisie parmi {classes} (ombres de nuages, nuages de probabilité moyenne et élevée, cirrus fins) est masqué aussi ; la neige, l'absence de données et les pixels saturés ne sont pas étendus. Arrondie en pixels entiers de la grille de l'entrée. 0 = pas d'extension.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="170"/>
        <source>SCL classes, with clouds and shadows grown</source>
        <translation>Classes SCL, nuages et ombres étendus</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="171"/>
        <source>openEO two-kernel buffer (to_scl_dilation_mask defaults)</source>
        <translation>Tampon à deux noyaux d'openEO (valeurs par défaut de to_scl_dilation_mask)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="184"/>
        <source>SCL mask method</source>
        <translation>Méthode de masque SCL</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="184"/>
        <source>How the chosen classes become a mask. 'SCL classes' (default): pixels of the chosen classes, with cloud and shadow classes grown by 'Grow clouds and shadows by (m)'. 'openEO two-kernel buffer': openEO's to_scl_dilation_mask as implemented in openeo-geotrellis-extensions — the chosen classes smoothed by a 17 px Gaussian kernel (sigma 17/6 px) and kept above 0.057, or the chosen ones among 3, 8, 9, 10, 11 (snow included, as openEO does) smoothed by a 201 px Gaussian kernel (sigma 201/6 px) and kept above 0.025. Sizes are pixels at 10 m, scaled to the same ground distance on other grids (9 and 101 px at 20 m, 3 and 33 px at 60 m). Large clouds get a buffer of up to about 600 m; isolated pixels of a chosen class may stay unmasked. 'Grow clouds and shadows by (m)' is not used.</source>
        <translation>Comment les classes choisies deviennent un masque. « Classes SCL » (par défaut) : les pixels des classes choisies, avec les classes de nuages et d'ombres étendues par « Étendre nuages et ombres de (m) ». « Tampon à deux noyaux d'openEO » : to_scl_dilation_mask d'openEO tel qu'implémenté dans openeo-geotrellis-extensions — les classes choisies lissées par un noyau gaussien de 17 px (sigma 17/6 px) et gardées au-dessus de 0,057, ou celles choisies parmi 3, 8, 9, 10, 11 (neige comprise, comme le fait openEO) lissées par un noyau gaussien de 201 px (sigma 201/6 px) et gardées au-dessus de 0,025. Les tailles sont des pixels à 10 m, ramenées à la même distance au sol sur les autres grilles (9 et 101 px à 20 m, 3 et 33 px à 60 m). Les grands nuages reçoivent un tampon allant jusqu'à environ 600 m ; des pixels isolés d'une classe choisie peuvent rester non masqués. « Étendre nuages et ombres de (m) » n'est pas utilisé.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Whole series (one band)</source>
        <translation>Série entière (une bande)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Season (DJF, MAM, JJA, SON)</source>
        <translation>Saison (DJF, MAM, JJA, SON)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="198"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="199"/>
        <source>Dekad (days 1–10, 11–20, 21–end)</source>
        <translation>Décade (jours 1–10, 11–20, 21–fin)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="204"/>
        <source>One band per period</source>
        <translation>Une bande par période</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="204"/>
        <source>Whole series (default): one band over all dates. Otherwise one band per period that holds at least one input date, in time order, each computed over that period's dates only, with band descriptions naming the period: years (2020), meteorological seasons (2020 JJA; December counts with the following year's winter: December 2020 is in 2021 DJF), months (2020-06) or dekads (2020-06 d1, d2, d3: days 1–10, 11–20 and 21 to the end of the month, as PROBA-V S10). Dates are the acquisition times in UTC. Every date is read once, whatever the number of periods.</source>
        <translation>Série entière (par défaut) : une bande sur toutes les dates. Sinon une bande par période contenant au moins une date en entrée, dans l'ordre chronologique, chacune calculée sur les seules dates de sa période, avec des descriptions de bande nommant la période : années (2020), saisons météorologiques (2020 JJA ; décembre compte avec l'hiver de l'année suivante : décembre 2020 est dans 2021 DJF), mois (2020-06) ou décades (2020-06 d1, d2, d3 : jours 1–10, 11–20 et du 21 à la fin du mois, comme PROBA-V S10). Les dates sont les heures d'acquisition en UTC. Chaque date est lue une seule fois, quel que soit le nombre de périodes.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="237"/>
        <source>&apos;Grow clouds and shadows by (m)&apos; is not used with the openEO two-kernel buffer, which has its own buffer.</source>
        <translation>« Étendre nuages et ombres de (m) » n'est pas utilisé avec le tampon à deux noyaux d'openEO, qui a son propre tampon.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="270"/>
        <source>No input rasters were given: choose at least one.</source>
        <translation>Aucun raster en entrée n'a été donné : choisissez-en au moins un.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="374"/>
        <source>{} input(s) of {} on a grid of {}</source>
        <translation>{} entrée(s) de {} sur une grille de {}</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="377"/>
        <source>Values: physical (scale × DN + offset)</source>
        <translation>Valeurs : physiques (échelle × VN + décalage)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="377"/>
        <source>Values: digital numbers as delivered</source>
        <translation>Valeurs : valeurs numériques telles que livrées</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="140"/>
        <source>PROBA-V: mask pixels of bad radiometric quality</source>
        <translation>PROBA-V : masquer les pixels de mauvaise qualité radiométrique</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="144"/>
        <source>PROBA-V only. On: a clear pixel whose status map flags a bad radiometric quality in a band its values depend on (NDVI: RED and NIR; RADIOMETRY: the chosen band, or all four) reads as class 1 (saturated or defective) and is masked when class 1 is chosen (as by default). Off (default): only the status map&apos;s classes count.</source>
        <translation>PROBA-V seulement. Activé : un pixel clair dont la carte d'état signale une mauvaise qualité radiométrique dans une bande dont dépendent ses valeurs (NDVI : RED et NIR ; RADIOMETRY : la bande choisie, ou les quatre) est lu comme classe 1 (saturé ou défectueux) et masqué si la classe 1 est choisie (comme par défaut). Désactivé (par défaut) : seules les classes de la carte d'état comptent.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="90"/>
        <source>The dates of the series: Terrascope GeoTIFFs of one content (e.g. all NDVI_10M, or all TOC-B04) on one grid (one tile at one resolution), or of several tiles where the algorithm has a target grid (advanced &apos;Target extent&apos;, &apos;Target CRS&apos;, &apos;Target resolution&apos;) and one is set. Inputs of other contents, or on other grids without a target grid, are refused with the names of the offending files, and so are a file given twice (also through a link: its dates would count twice), files without georeference, and floating-point files of a content delivered as integer DNs (already scaled). The &apos;Product files&apos; output of &apos;Find products&apos; fits here.</source>
        <translation>Les dates de la série : des GeoTIFF Terrascope d'un même contenu (p. ex. tous les NDVI_10M, ou tous les TOC-B04) sur une même grille (une tuile à une résolution), ou de plusieurs tuiles là où l'algorithme a une grille cible (avancé « Emprise cible », « SCR cible », « Résolution cible ») et qu'elle est définie. Les entrées d'autres contenus, ou sur d'autres grilles sans grille cible, sont refusées avec les noms des fichiers en cause, de même qu'un fichier donné deux fois (aussi par un lien : ses dates compteraient deux fois), les fichiers sans géoréférencement et les fichiers à virgule flottante d'un contenu livré en VN entières (déjà convertis). La sortie « Fichiers des produits » de « Rechercher des produits » convient ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="303"/>
        <source>Target extent (any CRS)</source>
        <translation>Emprise cible (dans tout SCR)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="304"/>
        <source>The area to compute, in any CRS (an extent without a CRS is taken in the project&apos;s CRS, else in the target CRS). Setting any of the target grid parameters lets the inputs come from several tiles, UTM zones or resolutions: each input is masked on its own grid, then put onto the target grid by nearest neighbour; one acquisition seen in two overlapping tiles counts once (where both are valid, the tile first in file name order wins). Empty: the union of the inputs&apos; footprints. The edges are snapped outward to whole multiples of the resolution, so a target in the inputs&apos; own CRS and resolution lies exactly on their pixels.</source>
        <translation>La zone à calculer, dans tout SCR (une emprise sans SCR est prise dans le SCR du projet, sinon dans le SCR cible). Définir l'un des paramètres de grille cible permet aux entrées de venir de plusieurs tuiles, zones UTM ou résolutions : chaque entrée est masquée sur sa propre grille, puis placée sur la grille cible au plus proche voisin ; une acquisition vue dans deux tuiles qui se chevauchent compte une fois (là où les deux sont valides, la tuile première dans l'ordre des noms de fichiers l'emporte). Vide : l'union des empreintes des entrées. Les bords sont calés vers l'extérieur sur des multiples entiers de la résolution, si bien qu'une cible dans le SCR et la résolution propres des entrées tombe exactement sur leurs pixels.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="312"/>
        <source>Target CRS</source>
        <translation>SCR cible</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="316"/>
        <source>Target resolution (target CRS units)</source>
        <translation>Résolution cible (unités du SCR cible)</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="319"/>
        <source>The output pixel size in units of the target CRS. Empty: the inputs&apos; (finest) pixel size, expressed in the target CRS&apos;s units (needed for a geographic target CRS).</source>
        <translation>La taille de pixel de la sortie en unités du SCR cible. Vide : la taille de pixel (la plus fine) des entrées, exprimée dans les unités du SCR cible (nécessaire pour un SCR cible géographique).</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="358"/>
        <source>The target grid is large: {} x {} px ({:.0f} million pixels, {:.1f} times a full 10 m Sentinel-2 tile), about {:.1f} GB per uncompressed Float32 band. Check EXTENT and RESOLUTION if this is not what you meant.</source>
        <translation>La grille cible est grande : {} x {} px ({:.0f} millions de pixels, {:.1f} fois une tuile Sentinel-2 entière à 10 m), environ {:.1f} Go par bande Float32 non compressée. Vérifiez l'emprise et la résolution cibles si ce n'est pas voulu.</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="370"/>
        <source>{} input(s) of {}: {} acquisition(s) on the target grid of {}</source>
        <translation>{} entrée(s) de {} : {} acquisition(s) sur la grille cible de {}</translation>
    </message>
    <message>
        <location filename="../algorithms/series_parameters.py" line="313"/>
        <source>The CRS of the output. Empty: the CRS of the target extent, else of the first input (also when the extent is in longitude and latitude and no target resolution is given).</source>
        <translation>Le SCR de la sortie. Vide : le SCR de l'emprise cible, sinon celui de la première entrée (aussi quand l'emprise est en longitude et latitude et qu'aucune résolution cible n'est donnée).</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../scripts/build_model.py" line="147"/>
        <source>Archive folder</source>
        <translation>Dossier d'archive</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="147"/>
        <source>The archive folder to scan, with its subfolders, e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2.</source>
        <translation>Le dossier d'archive à parcourir, avec ses sous-dossiers, p. ex. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Content</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="151"/>
        <source>One product content, e.g. NDVI, FAPAR_10M, LAI_20M, TOC-B04.</source>
        <translation>Un contenu de produit, p. ex. NDVI, FAPAR_10M, LAI_20M, TOC-B04.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="174"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="174"/>
        <source>Earliest acquisition (UTC, inclusive). Empty: no lower limit.</source>
        <translation>Première acquisition (UTC, incluse). Vide : pas de limite inférieure.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="177"/>
        <source>End (UTC)</source>
        <translation>Fin (UTC)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="177"/>
        <source>Latest acquisition (UTC, inclusive; a date alone includes that day). Empty: no upper limit.</source>
        <translation>Dernière acquisition (UTC, incluse ; une date seule inclut toute la journée). Vide : pas de limite supérieure.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="181"/>
        <source>Tiles (e.g. 31UFS)</source>
        <translation>Tuiles (p. ex. 31UFS)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="181"/>
        <source>MGRS tiles separated by commas, e.g. 31UFS, when the extent touches several tiles. Empty: any tile.</source>
        <translation>Tuiles MGRS séparées par des virgules, p. ex. 31UFS, quand l'emprise touche plusieurs tuiles. Vide : toute tuile.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="185"/>
        <source>Extent</source>
        <translation>Emprise</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="154"/>
        <source>Keep products whose footprint intersects this extent (any CRS). Empty: everywhere.</source>
        <translation>Garder les produits dont l'empreinte intersecte cette emprise (dans tout SCR). Vide : partout.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="187"/>
        <source>Maximum cloud cover (%)</source>
        <translation>Couverture nuageuse maximale (%)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="154"/>
        <source>Keep products whose cloud cover (from the XML sidecar) is at most this percentage; products of unknown cloud cover are kept. Empty: any cloud cover.</source>
        <translation>Garder les produits dont la couverture nuageuse (lue dans le fichier XML d'accompagnement) est au plus ce pourcentage ; les produits de couverture nuageuse inconnue sont gardés. Vide : toute couverture nuageuse.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="198"/>
        <source>Grow clouds and shadows by (m)</source>
        <translation>Étendre nuages et ombres de (m)</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="198"/>
        <source>Distance in metres by which masked clouds and shadows grow (cloud shadows, cloud medium and high probability, thin cirrus; not snow). 0: no growth.</source>
        <translation>Distance en mètres dont s'étendent les nuages et ombres masqués (ombres de nuages, nuages de probabilité moyenne et élevée, cirrus fins ; pas la neige). 0 : pas d'extension.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="224"/>
        <source>Mean composite</source>
        <translation>Composite moyen</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="224"/>
        <source>Valid observation count</source>
        <translation>Nombre d'observations valides</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="244"/>
        <source>Finds the Terrascope products of one content in an archive folder and gives their time series at your points or fields: per feature and date, the mean of the valid, cloud-free pixels.

Step 1, Find products: scans the archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for files of the content acquired between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud cover is at most the maximum; of several versions of one acquisition the highest is kept.
Step 2, Time series: for every point (the pixel under it) or polygon (the pixels whose centres fall inside) and every product found, masks the product with its scene classification (no data, saturated, cloud shadows, clouds, cirrus and snow), with clouds and shadows grown by the chosen distance, scales to physical values and averages the valid pixels. Products of several tiles may be mixed; the points or fields may be in any CRS.

Outputs: a table with one row per feature and date (feature, acquisition, mean, valid, pixels, path; the mean is empty where no pixel is valid) and, optionally, a plot with one line per feature.

Give the extent of your fields (or their tile) so that only the products that cover them are read. The model opens in the graphical modeler (resources/models/find_and_time_series.model3 in the plugin folder) to copy and extend.</source>
        <translation>Recherche les produits Terrascope d'un contenu dans un dossier d'archive et donne leur série temporelle en vos points ou parcelles : par entité et par date, la moyenne des pixels valides et sans nuages.

Étape 1, Rechercher des produits : parcourt le dossier d'archive (p. ex. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) à la recherche des fichiers du contenu acquis entre le début et la fin, des tuiles demandées, dont l'empreinte intersecte l'emprise et dont la couverture nuageuse est au plus le maximum ; de plusieurs versions d'une acquisition la plus élevée est gardée.
Étape 2, Série temporelle : pour chaque point (le pixel sous lui) ou polygone (les pixels dont le centre tombe dedans) et chaque produit trouvé, masque le produit par sa classification de scène (pas de données, saturé, ombres de nuages, nuages, cirrus et neige), avec nuages et ombres étendus de la distance choisie, convertit en valeurs physiques et moyenne les pixels valides. Des produits de plusieurs tuiles peuvent être mêlés ; les points ou parcelles peuvent être dans tout SCR.

Sorties : une table avec une ligne par entité et date (feature, acquisition, mean, valid, pixels, path ; la moyenne est vide là où aucun pixel n'est valide) et, au choix, un graphique avec une ligne par entité.

Donnez l'emprise de vos parcelles (ou leur tuile) pour que seuls les produits qui les couvrent soient lus. Le modèle s'ouvre dans le modeleur graphique (resources/models/find_and_time_series.model3 dans le dossier de l'extension) pour être copié et complété.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="271"/>
        <source>Points or fields</source>
        <translation>Points ou parcelles</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="274"/>
        <source>Points (the pixel under each) or polygons (the pixels whose centres fall inside), in any CRS.</source>
        <translation>Des points (le pixel sous chacun) ou des polygones (les pixels dont le centre tombe dedans), dans tout SCR.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="284"/>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="284"/>
        <source>Time series plot</source>
        <translation>Graphique de la série temporelle</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="120"/>
        <source>Finds the Terrascope products of one content in an archive folder and averages their valid, cloud-free values into a mean composite, in one run.

Step 1, Find products: scans the archive folder (e.g. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) for files of the content acquired between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud cover is at most the maximum; of several versions of one acquisition the highest is kept.
Step 2, Mean composite: masks each product with its scene classification (no data, saturated, cloud shadows, clouds, cirrus and snow), with clouds and shadows grown by the chosen distance, scales to physical values and averages per pixel.

Choose one content and one resolution (e.g. NDVI, or FAPAR_10M for products delivered at 10 m and 20 m). With an extent, the composite covers exactly that extent, whatever the tiles and UTM zones the products come from (one acquisition seen by two overlapping tiles counts once), on the grid of the first product found (its CRS and resolution); without one, the products must share one grid: name the tile.

Outputs: the mean composite and, optionally, the number of valid observations per pixel.

The model opens in the graphical modeler (resources/models/find_and_composite.model3 in the plugin folder) to copy and extend.</source>
        <translation>Recherche les produits Terrascope d'un contenu dans un dossier d'archive et moyenne leurs valeurs valides et sans nuages en un composite moyen, en une seule exécution.

Étape 1, Rechercher des produits : parcourt le dossier d'archive (p. ex. /data/MTDA/TERRASCOPE_Sentinel2/NDVI_V2) à la recherche des fichiers du contenu acquis entre le début et la fin, des tuiles demandées, dont l'empreinte intersecte l'emprise et dont la couverture nuageuse est au plus le maximum ; de plusieurs versions d'une acquisition la plus élevée est gardée.
Étape 2, Composite moyen : masque chaque produit par sa classification de scène (pas de données, saturé, ombres de nuages, nuages, cirrus et neige), avec nuages et ombres étendus de la distance choisie, convertit en valeurs physiques et moyenne par pixel.

Choisissez un contenu et une résolution (p. ex. NDVI, ou FAPAR_10M pour les produits livrés à 10 m et à 20 m). Avec une emprise, le composite couvre exactement cette emprise, quelles que soient les tuiles et zones UTM d'où viennent les produits (une acquisition vue par deux tuiles qui se chevauchent compte une fois), sur la grille du premier produit trouvé (son SCR et sa résolution) ; sans emprise, les produits doivent partager une grille : nommez la tuile.

Sorties : le composite moyen et, au choix, le nombre d'observations valides par pixel.

Le modèle s'ouvre dans le modeleur graphique (resources/models/find_and_composite.model3 dans le dossier de l'extension) pour être copié et complété.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="293"/>
        <source>Searches the Terrascope STAC catalogue for the products of one collection and averages their valid, cloud-free values into a mean composite, in one run, on the Terrascope platform or anywhere with a network connection.

Step 1, Search the Terrascope catalogue: asks the catalogue for the collection&apos;s products acquired between the start and the end, of the tiles, whose footprint intersects the extent and whose cloud cover is at most the maximum; of several versions of one acquisition the highest is kept. Where the archive is mounted (the Terrascope platform) the local files are used; elsewhere they are read over the network with the authentication configuration of your Terrascope account.
Step 2, Mean composite: masks each product with its scene classification (from the same catalogue item), with clouds and shadows grown by the chosen distance, scales to physical values and averages per pixel.

Choose one collection and content (e.g. terrascope-s2-ndvi-v2 and NDVI). With an extent, the composite covers exactly that extent, whatever the tiles and UTM zones the products come from (one acquisition seen by two overlapping tiles counts once); without one, the products must share one grid: name the tile.

Outputs: the mean composite and, optionally, the number of valid observations per pixel.

The model opens in the graphical modeler (resources/models/search_and_composite.model3 in the plugin folder) to copy and extend.</source>
        <translation>Interroge le catalogue STAC de Terrascope sur les produits d'une collection et moyenne leurs valeurs valides et sans nuages en un composite moyen, en une seule exécution, sur la plateforme Terrascope ou partout avec une connexion réseau.

Étape 1, Rechercher dans le catalogue Terrascope : demande au catalogue les produits de la collection acquis entre le début et la fin, des tuiles demandées, dont l'empreinte intersecte l'emprise et dont la couverture nuageuse est au plus le maximum ; de plusieurs versions d'une acquisition la plus élevée est gardée. Là où l'archive est montée (la plateforme Terrascope) les fichiers locaux sont utilisés ; ailleurs ils sont lus par le réseau avec la configuration d'authentification de votre compte Terrascope.
Étape 2, Composite moyen : masque chaque produit par sa classification de scène (du même élément du catalogue), avec nuages et ombres étendus de la distance choisie, convertit en valeurs physiques et moyenne par pixel.

Choisissez une collection et un contenu (p. ex. terrascope-s2-ndvi-v2 et NDVI). Avec une emprise, le composite couvre exactement cette emprise, quelles que soient les tuiles et zones UTM d'où viennent les produits (une acquisition vue par deux tuiles qui se chevauchent compte une fois) ; sans emprise, les produits doivent partager une grille : nommez la tuile.

Sorties : le composite moyen et, au choix, le nombre d'observations valides par pixel.

Le modèle s'ouvre dans le modeleur graphique (resources/models/search_and_composite.model3 dans le dossier de l'extension) pour être copié et complété.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Catalogue URL</source>
        <translation>URL du catalogue</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>The STAC API of the catalogue.</source>
        <translation>L'API STAC du catalogue.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>The collection, e.g. terrascope-s2-ndvi-v2, terrascope-s2-fapar-v2 or terrascope-s2-toc-v2.</source>
        <translation>La collection, p. ex. terrascope-s2-ndvi-v2, terrascope-s2-fapar-v2 ou terrascope-s2-toc-v2.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>One product content, e.g. NDVI, FAPAR_10M, TOC-B04. Empty: the collection&apos;s own content (for biophysical collections).</source>
        <translation>Un contenu de produit, p. ex. NDVI, FAPAR_10M, TOC-B04. Vide : le contenu propre de la collection (pour les collections biophysiques).</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Keep products whose footprint intersects this extent (any CRS); the composite covers it. Empty: everywhere (then name a tile).</source>
        <translation>Garder les produits dont l'empreinte intersecte cette emprise (dans tout SCR) ; le composite la couvre. Vide : partout (nommez alors une tuile).</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Keep products whose cloud cover (from the catalogue) is at most this percentage. Empty: any cloud cover.</source>
        <translation>Garder les produits dont la couverture nuageuse (selon le catalogue) est au plus ce pourcentage. Vide : toute couverture nuageuse.</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>Authentication</source>
        <translation>Authentification</translation>
    </message>
    <message>
        <location filename="../scripts/build_model.py" line="323"/>
        <source>The QGIS authentication configuration of your Terrascope account, to read the files over the network. Not needed on the Terrascope platform.</source>
        <translation>La configuration d'authentification QGIS de votre compte Terrascope, pour lire les fichiers par le réseau. Inutile sur la plateforme Terrascope.</translation>
    </message>
</context>
<context>
    <name>TemporalStatisticsAlgorithm</name>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="116"/>
        <source>Temporal statistics</source>
        <translation>Statistiques temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="48"/>
        <source>terrascope,sentinel-2,time series,median,percentile,minimum,maximum,standard deviation,count,best pixel,max ndvi,composite,cloud mask,scl</source>
        <translation>terrascope,sentinel-2,série temporelle,médiane,percentile,minimum,maximum,écart type,nombre,meilleur pixel,ndvi max,composite,masque de nuages,scl</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="53"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="54"/>
        <source>Median</source>
        <translation>Médiane</translation>
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
        <translation>Écart type</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="58"/>
        <source>Count of valid observations</source>
        <translation>Nombre d'observations valides</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="59"/>
        <source>Percentiles</source>
        <translation>Percentiles</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="60"/>
        <source>Best pixel by maximum NDVI</source>
        <translation>Meilleur pixel par NDVI maximal</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="99"/>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="102"/>
        <source>Which statistics to compute; each gives one band (percentiles one band per percentile), in this order: mean, median, minimum, maximum, std (population), count, the percentiles, best_pixel. Default: mean, median and count.</source>
        <translation>Les statistiques à calculer ; chacune donne une bande (les percentiles une bande par percentile), dans cet ordre : mean, median, minimum, maximum, std (population), count, les percentiles, best_pixel. Par défaut : moyenne, médiane et nombre.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="108"/>
        <source>Percentiles (0–100, comma-separated)</source>
        <translation>Percentiles (0–100, séparés par des virgules)</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="111"/>
        <source>The percentiles to compute when &apos;Percentiles&apos; is chosen, numbers from 0 to 100 separated by commas, e.g. 10,50,90 or 2.5,97.5. Ignored otherwise.</source>
        <translation>Les percentiles à calculer quand « Percentiles » est choisi, des nombres de 0 à 100 séparés par des virgules, p. ex. 10,50,90 ou 2.5,97.5. Ignoré sinon.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="117"/>
        <source>Float32 GeoTIFF, one band per statistic with the statistic's name as band description (mean, median, minimum, maximum, std, count, p10 …, best_pixel), nodata NaN.</source>
        <translation>GeoTIFF Float32, une bande par statistique avec le nom de la statistique comme description de bande (mean, median, minimum, maximum, std, count, p10 …, best_pixel), nodata NaN.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="137"/>
        <source>Choose at least one statistic.</source>
        <translation>Choisissez au moins une statistique.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="145"/>
        <source>&apos;Percentiles&apos; is chosen but no percentile was given: give numbers from 0 to 100, e.g. 10,50,90.</source>
        <translation>« Percentiles » est choisi mais aucun percentile n'est donné : donnez des nombres de 0 à 100, p. ex. 10,50,90.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="161"/>
        <source>Bands: {}</source>
        <translation>Bandes : {}</translation>
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
        <translation>Statistiques par pixel d'une série temporelle d'un contenu Terrascope sur une grille (p. ex. toutes les images NDVI d'une tuile sur une saison), après avoir écarté les pixels nuageux et non valides.

Pour chaque pixel, seules les observations valides comptent : la valeur numérique nodata et les valeurs hors de la plage valide sont écartées, ainsi que les pixels dont la classification de scène (SCL, trouvée à côté de chaque entrée) est l'une des classes choisies, éventuellement étendue autour des nuages et des ombres (ou, avec la « Méthode de masque SCL » avancée, tamponnée comme le fait le masque à deux noyaux d'openEO).

Statistiques (une bande de sortie chacune, nommée par sa description) :
• mean — la moyenne des valeurs valides ;
• median — la valeur du milieu (la moyenne des deux valeurs du milieu pour un nombre pair) ;
• minimum, maximum — la plus petite et la plus grande valeur valide ;
• std — l'écart type de la population (divisé par le nombre, non par le nombre − 1 : une observation donne 0) ;
• count — le nombre d'observations valides (0 là où il n'y en a aucune : cette bande y vaut 0, pas nodata) ;
• percentiles — une bande par percentile donné dans Percentiles (p10, p50, p90 …), avec interpolation linéaire entre les deux valeurs les plus proches comme numpy par défaut (p50 est la médiane, p0 le minimum, p100 le maximum) ;
• best_pixel — un composite du « pixel le plus vert » : pour une série de bandes TOC (p. ex. TOC-B04), la valeur à la date dont le NDVI est le plus élevé, NDVI = (B08 − B04) / (B08 + B04) d'après les fichiers TOC-B04 et TOC-B08 du même produit, trouvés à côté de chaque entrée ; seules les dates où la bande et le NDVI sont tous deux valides concourent, et en cas d'égalité l'entrée la plus ancienne l'emporte. Pour une série NDVI c'est le maximum. Les autres contenus sont refusés.

La sortie est un GeoTIFF Float32 sur la grille des entrées avec NaN comme nodata là où un pixel n'a aucune observation valide. Avancé « Une bande par période » : les statistiques par année, saison, mois ou décade en une seule exécution, chacune sur les dates de sa période : les bandes de la première période (dans l'ordre ci-dessus), puis de la suivante, dans l'ordre chronologique, décrites « 2020-06 median ». La mémoire reste bornée quel que soit le nombre de dates : la médiane et les percentiles sont calculés sur des fenêtres dimensionnées pour que toutes les dates d'une fenêtre tiennent dans un budget mémoire fixe.</translation>
    </message>
    <message>
        <location filename="../algorithms/temporalstatistics.py" line="163"/>
        <source>{series} {statistics}</source>
        <translation>{statistics} {series}</translation>
    </message>
</context>
<context>
    <name>TerrascopeAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="159"/>
        <source>Incorrect parameter value for {}</source>
        <translation>Valeur de paramètre incorrecte pour {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81"/>
        <source>Products and metadata</source>
        <translation>Produits et métadonnées</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="82"/>
        <source>Scaling and masking</source>
        <translation>Mise à l'échelle et masquage</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="83"/>
        <source>Composites and time series</source>
        <translation>Composites et séries temporelles</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="50"/>
        <source>{}: the outputs are GeoTIFFs; give a file name ending in .tif</source>
        <translation>{} : les sorties sont des GeoTIFF ; donnez un nom de fichier se terminant par .tif</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="58"/>
        <source>Write Cloud Optimized GeoTIFFs (COG)</source>
        <translation>Écrire des GeoTIFF optimisés pour le cloud (COG)</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="60"/>
        <source>Write the raster outputs as Cloud Optimized GeoTIFFs (DEFLATE, with overviews), ready to be served over HTTP or read in parts by remote clients. Off: tiled DEFLATE GeoTIFFs, faster to write.</source>
        <translation>Écrire les sorties raster en GeoTIFF optimisés pour le cloud (DEFLATE, avec aperçus), prêts à être servis par HTTP ou lus par parties par des clients distants. Décoché : des GeoTIFF tuilés en DEFLATE, plus rapides à écrire.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="170"/>
        <source>Cancelled by the user: no output was written.</source>
        <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="277"/>
        <source>Default style not found: {}</source>
        <translation>Style par défaut introuvable : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="281"/>
        <source>Could not apply the style {}: {}</source>
        <translation>Impossible d'appliquer le style {} : {}</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="169"/>
        <source>Stopped by {}: no output was written.</source>
        <translation>Arrêté par {} : aucune sortie n'a été écrite.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="84"/>
        <source>Cluster</source>
        <translation>Grappe de calcul</translation>
    </message>
</context>
<context>
    <name>TerrascopeInputs</name>
    <message>
        <location filename="../algorithms/inputs.py" line="100"/>
        <source>{}: not a raster file (the inputs must be Terrascope GeoTIFFs)</source>
        <translation>{} : pas un fichier raster (les entrées doivent être des GeoTIFF Terrascope)</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="116"/>
        <source>{}: not a raster layer or file</source>
        <translation>{} : ni une couche raster ni un fichier</translation>
    </message>
</context>
<context>
    <name>TerrascopeProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="59"/>
        <source>Terrascope Sentinel-2 products</source>
        <translation>Produits Terrascope Sentinel-2</translation>
    </message>
</context>
<context>
    <name>TimeSeriesAlgorithm</name>
    <message>
        <location filename="../algorithms/timeseries.py" line="37"/>
        <source>Time series at points or fields</source>
        <translation>Séries temporelles en des points ou des parcelles</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="40"/>
        <source>terrascope,sentinel-2,proba-v,time series,ndvi curve,profile,point,field,parcel,zonal statistics,plot,cloud mask,scl</source>
        <translation>terrascope,sentinel-2,proba-v,série temporelle,courbe ndvi,profil,point,parcelle,champ,statistiques zonales,graphique,masque de nuages,scl</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="44"/>
        <source>The curve of a time series at places: for every feature of the locations layer and every input date, the mean of the valid pixels under it.

Points: the pixel under the point. Polygons: the pixels whose centres fall inside the polygon (a polygon smaller than a pixel may hold none). The locations may be in any CRS: they are reprojected to each input&apos;s grid. Inputs may come from several tiles or UTM zones; each feature gets a row for every input date, with 0 pixels and no mean where it is outside that input.

Valid pixels are those the composites use: a valid DN (not nodata, in the valid range), not masked by the chosen scene classification classes (grown by &apos;Grow clouds and shadows by&apos;, or the advanced openEO buffer). &apos;Scale to physical values&apos; on (default): means of physical values; off: of the digital numbers.

Output: a table without geometry, one row per feature and date, sorted by feature and then acquisition: feature (the feature&apos;s id), acquisition (UTC), mean (NULL when no pixel is valid: masked, nodata or outside), valid (the valid pixels), pixels (the pixels under the feature in that input) and path (the input file).

Plot (optional): one line per feature over time, the dates without a valid pixel left out; a PNG image with matplotlib (it ships with QGIS on most systems), else an HTML page with an SVG chart.

Each date&apos;s window is read once for all the features in it: thousands of fields over a season cost about one read of the parts of the inputs that hold them.</source>
        <translation>La courbe d'une série temporelle en des lieux : pour chaque entité de la couche de lieux et chaque date en entrée, la moyenne des pixels valides qu'elle couvre.

Points : le pixel sous le point. Polygones : les pixels dont le centre tombe dans le polygone (un polygone plus petit qu'un pixel peut n'en contenir aucun). Les lieux peuvent être dans tout SCR : ils sont reprojetés sur la grille de chaque entrée. Les entrées peuvent venir de plusieurs tuiles ou zones UTM ; chaque entité reçoit une ligne par date en entrée, avec 0 pixel et pas de moyenne là où elle est hors de cette entrée.

Les pixels valides sont ceux qu'utilisent les composites : une valeur numérique valide (pas nodata, dans la plage valide), non masquée par les classes de classification de scène choisies (étendues par « Étendre nuages et ombres de », ou le tampon openEO avancé). « Convertir en valeurs physiques » coché (par défaut) : moyennes des valeurs physiques ; décoché : des valeurs numériques.

Sortie : une table sans géométrie, une ligne par entité et date, triée par entité puis par acquisition : feature (l'identifiant de l'entité), acquisition (UTC), mean (NULL quand aucun pixel n'est valide : masqué, nodata ou hors de l'entrée), valid (les pixels valides), pixels (les pixels sous l'entité dans cette entrée) et path (le fichier en entrée).

Graphique (facultatif) : une ligne par entité au fil du temps, les dates sans pixel valide omises ; une image PNG avec matplotlib (livré avec QGIS sur la plupart des systèmes), sinon une page HTML avec un graphique SVG.

La fenêtre de chaque date est lue une seule fois pour toutes les entités qu'elle contient : des milliers de parcelles sur une saison coûtent à peu près une lecture des parties des entrées qui les contiennent.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="70"/>
        <source>Input rasters (one content)</source>
        <translation>Rasters en entrée (un contenu)</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="71"/>
        <source>The dates of the series: Terrascope products of one content (e.g. all NDVI_10M), on one grid or several (tiles, UTM zones). The output of &apos;Find products&apos; (its LAYERS) fits here.</source>
        <translation>Les dates de la série : des produits Terrascope d'un même contenu (p. ex. tous les NDVI_10M), sur une ou plusieurs grilles (tuiles, zones UTM). La sortie de « Rechercher des produits » (ses LAYERS) convient ici.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="75"/>
        <source>Points or fields</source>
        <translation>Points ou parcelles</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="78"/>
        <source>Points (the pixel under each) or polygons (the pixels whose centres fall inside), in any CRS.</source>
        <translation>Des points (le pixel sous chacun) ou des polygones (les pixels dont le centre tombe dedans), dans tout SCR.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="82"/>
        <source>Time series</source>
        <translation>Série temporelle</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="83"/>
        <source>A table without geometry: feature, acquisition, mean (NULL when none is valid), valid, pixels, path.</source>
        <translation>Une table sans géométrie : feature, acquisition, mean (NULL quand aucun n'est valide), valid, pixels, path.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="87"/>
        <source>Time series plot</source>
        <translation>Graphique de la série temporelle</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="87"/>
        <source>Optional line chart, one line per feature over time (dates without a valid pixel left out): a .png image (needs matplotlib) or an .html page with an inline SVG chart. A .png asked for without matplotlib is written as .html beside it.</source>
        <translation>Graphique linéaire facultatif, une ligne par entité au fil du temps (dates sans pixel valide omises) : une image .png (nécessite matplotlib) ou une page .html avec un graphique SVG intégré. Un .png demandé sans matplotlib est écrit en .html à côté.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="118"/>
        <source>{} input(s) of {} on {} grid(s); {} feature(s)</source>
        <translation>{} entrée(s) de {} sur {} grille(s) ; {} entité(s)</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="142"/>
        <source>{} feature(s) hold no pixel of any input (outside, or smaller than a pixel): their means are NULL.</source>
        <translation>{} entité(s) ne contiennent aucun pixel d'aucune entrée (hors des entrées, ou plus petites qu'un pixel) : leurs moyennes sont NULL.</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="147"/>
        <source>{} at {} feature(s)</source>
        <translation>{} en {} entité(s)</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="148"/>
        <source>mean {}</source>
        <translation>{} moyen</translation>
    </message>
    <message>
        <location filename="../algorithms/timeseries.py" line="148"/>
        <source> (digital numbers)</source>
        <translation> (valeurs numériques)</translation>
    </message>
</context>
</TS>
