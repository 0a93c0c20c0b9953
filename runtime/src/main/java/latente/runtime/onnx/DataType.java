package latente.runtime.onnx;

/** ONNX tensor element types with their TensorProto.DataType codes and sizes in bytes. */
public enum DataType {
    FLOAT(1, 4), UINT8(2, 1), INT8(3, 1), UINT16(4, 2), INT16(5, 2), INT32(6, 4), INT64(7, 8),
    BOOL(9, 1), FLOAT16(10, 2), DOUBLE(11, 8), UINT32(12, 4), UINT64(13, 8), BFLOAT16(16, 2);

    /** The code written into TensorProto.data_type and TypeProto.Tensor.elem_type. */
    public final int code;
    public final int bytes;

    DataType(int code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }
}
