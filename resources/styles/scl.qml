<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis styleCategories="Symbology" version="3.22.16-Białowieża">
  <pipe-data-defined-properties>
    <Option type="Map">
      <Option type="QString" value="" name="name"/>
      <Option name="properties"/>
      <Option type="QString" value="collection" name="type"/>
    </Option>
  </pipe-data-defined-properties>
  <pipe>
    <provider>
      <resampling maxOversampling="2" enabled="false" zoomedOutResamplingMethod="nearestNeighbour" zoomedInResamplingMethod="nearestNeighbour"/>
    </provider>
    <rasterrenderer type="paletted" alphaBand="-1" band="1" opacity="1" nodataColor="">
      <minMaxOrigin>
        <limits>None</limits>
        <extent>WholeRaster</extent>
        <statAccuracy>Estimated</statAccuracy>
        <cumulativeCutLower>0.02</cumulativeCutLower>
        <cumulativeCutUpper>0.98</cumulativeCutUpper>
        <stdDevFactor>2</stdDevFactor>
      </minMaxOrigin>
      <colorPalette>
        <paletteEntry color="#000000" value="0" label="0 NO_DATA" alpha="255"/>
        <paletteEntry color="#ff0000" value="1" label="1 SATURATED_OR_DEFECTIVE" alpha="255"/>
        <paletteEntry color="#424142" value="2" label="2 DARK_AREA_PIXELS" alpha="255"/>
        <paletteEntry color="#633400" value="3" label="3 CLOUD_SHADOWS" alpha="255"/>
        <paletteEntry color="#29f329" value="4" label="4 VEGETATION" alpha="255"/>
        <paletteEntry color="#ffff00" value="5" label="5 BARE_SOIL (NOT_VEGETATED)" alpha="255"/>
        <paletteEntry color="#0000ff" value="6" label="6 WATER" alpha="255"/>
        <paletteEntry color="#7b7d7b" value="7" label="7 CLOUD_LOW_PROBABILITY (UNCLASSIFIED)" alpha="255"/>
        <paletteEntry color="#bdbebd" value="8" label="8 CLOUD_MEDIUM_PROBABILITY" alpha="255"/>
        <paletteEntry color="#ffffff" value="9" label="9 CLOUD_HIGH_PROBABILITY" alpha="255"/>
        <paletteEntry color="#63cbff" value="10" label="10 THIN_CIRRUS" alpha="255"/>
        <paletteEntry color="#ff9aff" value="11" label="11 SNOW" alpha="255"/>
      </colorPalette>
    </rasterrenderer>
    <brightnesscontrast gamma="1" brightness="0" contrast="0"/>
    <huesaturation colorizeOn="0" invertColors="0" saturation="0" grayscaleMode="0" colorizeGreen="128" colorizeRed="255" colorizeStrength="100" colorizeBlue="128"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
