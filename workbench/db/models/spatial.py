"""Administrative units, slum areas (kawasan), RT units and their yearly assessments."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from workbench.db.base import Base, Timestamped, Versioned


class District(Base):
    """Kabupaten/kota: one per database in normal use."""

    __tablename__ = "district"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    province: Mapped[str] = mapped_column(String(200), default="")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    subdistricts: Mapped[list[Subdistrict]] = relationship(back_populates="district")


class Subdistrict(Base):
    """Kecamatan."""

    __tablename__ = "subdistrict"
    __table_args__ = (UniqueConstraint("district_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    district: Mapped[District] = relationship(back_populates="subdistricts")
    villages: Mapped[list[Village]] = relationship(back_populates="subdistrict")


class Village(Base):
    """Kelurahan or desa."""

    __tablename__ = "village"
    __table_args__ = (
        UniqueConstraint("subdistrict_id", "name"),
        CheckConstraint("kind IN ('kelurahan', 'desa')", name="kind"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    subdistrict_id: Mapped[int] = mapped_column(ForeignKey("subdistrict.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(10), default="kelurahan")
    subdistrict: Mapped[Subdistrict] = relationship(back_populates="villages")


class Area(Versioned, Base):
    """Kawasan: a slum area delineated in the SK Kumuh; groups RT units, possibly across
    villages."""

    __tablename__ = "area"
    __table_args__ = (UniqueConstraint("district_id", "name"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    district_id: Mapped[int] = mapped_column(ForeignKey("district.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    sk_number: Mapped[str] = mapped_column(String(100), default="")
    sk_year: Mapped[int | None] = mapped_column(Integer)


class Location(Versioned, Base, Timestamped):
    """RT unit: the unit of assessment."""

    __tablename__ = "location"
    __table_args__ = (
        UniqueConstraint("code"),
        CheckConstraint("latitude IS NULL OR (latitude BETWEEN -90 AND 90)", name="latitude"),
        CheckConstraint("longitude IS NULL OR (longitude BETWEEN -180 AND 180)", name="longitude"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(60))
    name: Mapped[str] = mapped_column(String(200), default="")
    village_id: Mapped[int] = mapped_column(ForeignKey("village.id"), index=True)
    area_id: Mapped[int | None] = mapped_column(ForeignKey("area.id"), index=True)
    rw: Mapped[str] = mapped_column(String(10), default="")
    rt: Mapped[str] = mapped_column(String(10), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    village: Mapped[Village] = relationship()
    area: Mapped[Area | None] = relationship()


class Assessment(Versioned, Base, Timestamped):
    """One RT unit in one year: denominators, non-physical assessment, and the rule set that
    scored it. Volumes per criterion are in AssessmentVolume (any rule set's codes)."""

    __tablename__ = "assessment"
    __table_args__ = (
        UniqueConstraint("location_id", "year"),
        CheckConstraint("luas_ha >= 0", name="luas_ha"),
        CheckConstraint("jumlah_bangunan >= 0", name="jumlah_bangunan"),
        CheckConstraint("jumlah_penduduk IS NULL OR jumlah_penduduk >= 0", name="jumlah_penduduk"),
        CheckConstraint("jumlah_kk >= 0", name="jumlah_kk"),
        CheckConstraint("panjang_jalan_ideal_m >= 0", name="panjang_jalan_ideal_m"),
        CheckConstraint("panjang_drainase_ideal_m >= 0", name="panjang_drainase_ideal_m"),
        CheckConstraint("total_score IS NULL OR total_score >= 0", name="total_score"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    location_id: Mapped[int] = mapped_column(ForeignKey("location.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    luas_ha: Mapped[float] = mapped_column(Float)
    jumlah_bangunan: Mapped[int] = mapped_column(Integer)
    jumlah_penduduk: Mapped[int | None] = mapped_column(Integer)
    jumlah_kk: Mapped[int] = mapped_column(Integer)
    panjang_jalan_ideal_m: Mapped[float] = mapped_column(Float)
    panjang_drainase_ideal_m: Mapped[float] = mapped_column(Float)
    legal_land_tenure: Mapped[bool | None] = mapped_column(Boolean)
    legal_spatial_plan: Mapped[bool | None] = mapped_column(Boolean)
    strategic: Mapped[bool | None] = mapped_column(Boolean)
    socio_economic: Mapped[bool | None] = mapped_column(Boolean)
    ruleset_id: Mapped[str] = mapped_column(String(60))
    ruleset_version: Mapped[str] = mapped_column(String(20))
    total_score: Mapped[int | None] = mapped_column(Integer)
    level: Mapped[str | None] = mapped_column(String(10))
    notes: Mapped[str] = mapped_column(Text, default="")
    # 1 as first imported; each update from a file keeps the replaced values in
    # AssessmentHistory and counts up
    revision: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    location: Mapped[Location] = relationship()
    volumes: Mapped[list[AssessmentVolume]] = relationship(
        back_populates="assessment", cascade="all, delete-orphan"
    )


class AssessmentHistory(Base):
    """The values an assessment had before an update from a file replaced them (one row per
    replaced revision): the earlier versions of a year's assessment stay readable."""

    __tablename__ = "assessment_history"
    __table_args__ = (UniqueConstraint("assessment_id", "revision"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    revision: Mapped[int] = mapped_column(Integer)
    replaced_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
    user: Mapped[str] = mapped_column(String(100), default="")
    source: Mapped[str] = mapped_column(String(300), default="")
    values_json: Mapped[str] = mapped_column(Text)


class AssessmentVolume(Base):
    """The field volume of one criterion (unit per the rule set) for one assessment."""

    __tablename__ = "assessment_volume"
    __table_args__ = (
        UniqueConstraint("assessment_id", "criterion_code"),
        CheckConstraint("volume >= 0", name="volume"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("assessment.id", ondelete="CASCADE"), index=True
    )
    criterion_code: Mapped[str] = mapped_column(String(4))
    volume: Mapped[float] = mapped_column(Float)
    assessment: Mapped[Assessment] = relationship(back_populates="volumes")


SHAPE_KINDS = ("rt", "village", "area")


class Shape(Base):
    """The drawn shape of an RT unit, a village or a kawasan (one each), as imported from the
    district's GIS files: a polygon (or a point) in WGS84 as WKB, its geodesic area and the
    centroid the SK Kumuh gives as *titik koordinat*, its bounding box for drawing, and the
    file and feature it came from."""

    __tablename__ = "shape"
    __table_args__ = (
        UniqueConstraint("location_id"),
        UniqueConstraint("village_id"),
        UniqueConstraint("area_id"),
        CheckConstraint("kind IN ('rt', 'village', 'area')", name="kind"),
        CheckConstraint(
            "(kind = 'rt' AND location_id IS NOT NULL AND village_id IS NULL AND area_id IS NULL)"
            " OR (kind = 'village' AND village_id IS NOT NULL AND location_id IS NULL"
            " AND area_id IS NULL)"
            " OR (kind = 'area' AND area_id IS NOT NULL AND location_id IS NULL"
            " AND village_id IS NULL)",
            name="one_owner",
        ),
        CheckConstraint("area_ha IS NULL OR area_ha >= 0", name="area_ha"),
        CheckConstraint("centroid_lat BETWEEN -90 AND 90", name="centroid_lat"),
        CheckConstraint("centroid_lon BETWEEN -180 AND 180", name="centroid_lon"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))
    location_id: Mapped[int | None] = mapped_column(
        ForeignKey("location.id", ondelete="CASCADE"), index=True
    )
    village_id: Mapped[int | None] = mapped_column(
        ForeignKey("village.id", ondelete="CASCADE"), index=True
    )
    area_id: Mapped[int | None] = mapped_column(
        ForeignKey("area.id", ondelete="CASCADE"), index=True
    )
    geometry: Mapped[bytes] = mapped_column(LargeBinary)  # WKB, WGS84 (lon, lat)
    is_point: Mapped[bool] = mapped_column(Boolean, default=False)
    area_ha: Mapped[float | None] = mapped_column(Float)  # geodesic; None for a point
    centroid_lat: Mapped[float] = mapped_column(Float)
    centroid_lon: Mapped[float] = mapped_column(Float)
    min_lon: Mapped[float] = mapped_column(Float)
    min_lat: Mapped[float] = mapped_column(Float)
    max_lon: Mapped[float] = mapped_column(Float)
    max_lat: Mapped[float] = mapped_column(Float)
    source: Mapped[str] = mapped_column(String(300), default="")  # the file's name
    feature: Mapped[str] = mapped_column(String(300), default="")  # its label or number there
    imported_at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())


class VillageSubmission(Base):
    """One step of a kelurahan's assessment year on its way to approval: ``diajukan``
    (submitted by its team, then locked for them), ``disetujui`` (approved) or
    ``dikembalikan`` (returned, with the reason). Rows are only added: the latest is the
    status, all of them the history."""

    __tablename__ = "village_submission"
    __table_args__ = (
        CheckConstraint("status IN ('diajukan', 'disetujui', 'dikembalikan')", name="status"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    village_id: Mapped[int] = mapped_column(
        ForeignKey("village.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(12))
    reason: Mapped[str] = mapped_column(Text, default="")
    by: Mapped[str] = mapped_column(String(100), default="")
    at: Mapped[datetime] = mapped_column(DateTime, server_default=func.now())
