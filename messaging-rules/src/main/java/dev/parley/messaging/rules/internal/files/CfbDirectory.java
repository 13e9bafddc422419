package dev.parley.messaging.rules.internal.files;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The directory of an OLE2 compound file (the container of .doc, .xls, .ppt and .msi files):
 * the names of its streams and storages and the class id of its root. Reading follows the
 * sector chains through the FAT with a step cap, so a cyclic or damaged chain ends the walk.
 *
 * <p>Immutable.
 */
public final class CfbDirectory {
  /** The class id of a Windows Installer database, as stored (little-endian GUID). */
  private static final byte[] MSI_CLSID = {
    (byte) 0x84, 0x10, 0x0C, 0x00, 0x00, 0x00, 0x00, 0x00, (byte) 0xC0, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x46
  };

  private final List<String> names;
  private final boolean installerClassId;
  private final boolean complete;

  private CfbDirectory(List<String> names, boolean installerClassId, boolean complete) {
    this.names = Collections.unmodifiableList(names);
    this.installerClassId = installerClassId;
    this.complete = complete;
  }

  /** {@return the entry names, in directory order} */
  public List<String> names() {
    return names;
  }

  /** {@return true if the root entry carries the Windows Installer class id} */
  public boolean installerClassId() {
    return installerClassId;
  }

  /** {@return false if the directory chain was damaged or cut at a cap} */
  public boolean complete() {
    return complete;
  }

  /** {@return true if an entry has this name, ignoring case} */
  public boolean has(String name) {
    for (String n : names) {
      if (n.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Reads the directory of a compound file.
   *
   * @param b the bytes, starting with the compound-file signature
   * @param budget the budget
   * @return the directory; never null
   */
  public static CfbDirectory read(byte[] b, InspectionBudget budget) {
    List<String> names = new ArrayList<>();
    int shift = Bytes.u16(b, 30);
    if (shift != 9 && shift != 12) {
      return new CfbDirectory(names, false, false);
    }
    int sectorSize = 1 << shift;
    long fatSectors = Bytes.u32(b, 44);
    long dirStart = Bytes.u32(b, 48);
    long difatStart = Bytes.u32(b, 68);
    long maxSector = b.length / sectorSize;
    List<Long> fat = new ArrayList<>();
    for (int i = 0; i < 109 && fat.size() < fatSectors; i++) {
      fat.add(Bytes.u32(b, 76 + 4L * i));
    }
    long difat = difatStart;
    int guard = 0;
    while (fat.size() < fatSectors && difat >= 0 && difat < maxSector && guard++ < maxSector) {
      long base = (difat + 1) << shift;
      int per = sectorSize / 4 - 1;
      for (int i = 0; i < per && fat.size() < fatSectors; i++) {
        fat.add(Bytes.u32(b, base + 4L * i));
      }
      difat = Bytes.u32(b, base + 4L * per);
      if (!budget.spend(sectorSize)) {
        break;
      }
    }
    boolean root = false;
    boolean installer = false;
    boolean complete = true;
    long sector = dirStart;
    long walked = 0;
    int perSector = sectorSize / 128;
    while (sector >= 0 && sector < 0xFFFFFFFAL) {
      if (sector >= maxSector || walked++ > maxSector) {
        complete = false;
        break;
      }
      long base = (sector + 1) << shift;
      for (int i = 0; i < perSector; i++) {
        long e = base + 128L * i;
        int nameLen = Bytes.u16(b, e + 64);
        int type = e + 66 < b.length ? b[(int) e + 66] : 0;
        if (nameLen >= 2 && nameLen <= 64 && type != 0) {
          String name = new String(b, (int) e, nameLen - 2, StandardCharsets.UTF_16LE);
          names.add(name);
          if (type == 5 && !root) {
            root = true;
            installer = matches(b, e + 80, MSI_CLSID);
          }
        }
      }
      if (names.size() > budget.maxZipEntries()) {
        budget.exhaust("the cap of " + budget.maxZipEntries() + " directory entries");
        complete = false;
        break;
      }
      if (!budget.spend(sectorSize)) {
        complete = false;
        break;
      }
      sector = next(b, fat, sector, shift);
    }
    return new CfbDirectory(names, installer, complete);
  }

  private static long next(byte[] b, List<Long> fat, long sector, int shift) {
    int per = (1 << shift) / 4;
    long idx = sector / per;
    if (idx >= fat.size()) {
      return -1;
    }
    long fatSector = fat.get((int) idx);
    if (fatSector < 0 || fatSector >= 0xFFFFFFFAL) {
      return -1;
    }
    return Bytes.u32(b, ((fatSector + 1) << shift) + 4 * (sector % per));
  }

  private static boolean matches(byte[] b, long off, byte[] expected) {
    if (off < 0 || off + expected.length > b.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if (b[(int) off + i] != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
